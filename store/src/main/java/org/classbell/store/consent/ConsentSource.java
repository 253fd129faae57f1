package org.classbell.store.consent;

import org.classbell.store.Messenger;

/**
 * Where a consent, or its withdrawal, came from.
 */
public enum ConsentSource {

	/** The school's roster file, which says where the school holds the signed form. */
	ROSTER("roster"),
	/** The guardian, with a button or command of the Telegram bot. */
	TELEGRAM("telegram"),
	/** The guardian, with a button or command of the bot in MAX. */
	MAX("max"),
	/** The guardian's SMS reply, or the carrier's word that they replied STOP. */
	SMS("sms"),
	/** The school's admin. */
	ADMIN("admin");

	private final String code;

	ConsentSource(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	/**
	 * The guardian, in the bot of this messenger.
	 */
	public static ConsentSource of(Messenger messenger) {
		return (messenger == Messenger.MAX) ? MAX : TELEGRAM;
	}

	public static ConsentSource of(String code) {
		for (ConsentSource source : values()) {
			if (source.code.equals(code)) {
				return source;
			}
		}
		throw new IllegalArgumentException("No consent source " + code);
	}

}
