package org.classbell.app.console;

/**
 * A page or action the viewer may not have: answered 403, with nothing changed.
 */
public class ConsoleRefused extends RuntimeException {

	public ConsoleRefused() {
		super("Not for this viewer", null, false, false);
	}

}
