package org.classbell.store;

import java.util.Locale;

/**
 * A messenger the bot talks in and notifications go by.
 */
public enum Messenger {

	/** Telegram, by its Bot API. */
	TELEGRAM("Telegram"),
	/** MAX, the national messenger, by its Bot API. */
	MAX("MAX");

	private final String displayName;

	Messenger(String displayName) {
		this.displayName = displayName;
	}

	/**
	 * The messenger as the database keeps it: {@code telegram} or {@code max}.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The messenger's name as people write it.
	 */
	public String displayName() {
		return this.displayName;
	}

	public static Messenger of(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
