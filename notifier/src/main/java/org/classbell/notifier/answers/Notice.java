package org.classbell.notifier.answers;

import java.util.List;

import org.classbell.notifier.outbox.Button;

/**
 * A message about a parent's answer, in the catalogue's markup, with its buttons.
 */
public record Notice(String html, List<List<Button>> buttons) {

	public Notice {
		buttons = buttons.stream().map(List::copyOf).toList();
	}

}
