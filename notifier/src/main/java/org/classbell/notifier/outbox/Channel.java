package org.classbell.notifier.outbox;

import java.util.Locale;

import org.classbell.store.Messenger;

/**
 * How a message reaches a person.
 */
public enum Channel {

	TELEGRAM, MAX, SMS;

	/**
	 * Whether it is a messenger's chat, rather than SMS.
	 */
	public boolean isMessenger() {
		return this != SMS;
	}

	/**
	 * The messenger of a messenger channel.
	 * @throws IllegalStateException for SMS
	 */
	public Messenger messenger() {
		return switch (this) {
			case TELEGRAM -> Messenger.TELEGRAM;
			case MAX -> Messenger.MAX;
			case SMS -> throw new IllegalStateException("SMS is no messenger");
		};
	}

	public static Channel of(Messenger messenger) {
		return (messenger == Messenger.MAX) ? MAX : TELEGRAM;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Channel of(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
