package org.classbell.notifier.outbox;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a notification is on its way: queued, being sent, sent (taken by the provider),
 * delivered (reported so), failed for good, or cancelled before it went. The database
 * keeps the same words ({@code notification.status} and its check constraint).
 */
public enum NotificationStatus {

	/** Waiting in the outbox, for its time or for a retry. */
	QUEUED,
	/** Claimed by a node that is handing it to the provider. */
	SENDING,
	/** The provider took it. */
	SENT,
	/** The provider reported it delivered. */
	DELIVERED,
	/** It will never go, and the error says why. */
	FAILED,
	/** Taken back before it went. */
	CANCELLED;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static NotificationStatus of(String code) {
		return parse(code).orElseThrow(() -> new IllegalArgumentException("No notification status " + code));
	}

	/**
	 * The status a person named, in any case; empty when there is no such status.
	 */
	public static Optional<NotificationStatus> parse(String code) {
		String wanted = (code != null) ? code.strip().toLowerCase(Locale.ROOT) : "";
		return Arrays.stream(values()).filter((status) -> status.code().equals(wanted)).findFirst();
	}

	/**
	 * Whether it left the queue for the provider: what it says is what the recipient was
	 * (or is being) told.
	 */
	public boolean leftTheQueue() {
		return this == SENDING || this == SENT || this == DELIVERED;
	}

}
