package org.classbell.notifier.outbox;

/**
 * Identifies a notification in the outbox.
 */
public record NotificationId(long value) {

	@Override
	public String toString() {
		return String.valueOf(this.value);
	}

}
