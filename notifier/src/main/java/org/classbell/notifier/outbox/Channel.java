package org.classbell.notifier.outbox;

import java.util.Locale;

/**
 * How a message reaches a person.
 */
public enum Channel {

	TELEGRAM, SMS;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Channel of(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
