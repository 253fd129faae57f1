package org.classbell.store.roster;

import java.util.Locale;

/**
 * How a guardian chose to be reached: by the messenger they linked (the default), or by
 * SMS even when they linked one.
 */
public enum PreferredChannel {

	/** The linked messenger, where there is one; SMS otherwise. */
	MESSENGER,
	/** SMS, where the guardian has a phone and consent. */
	SMS;

	/**
	 * The choice as {@code guardian.preferred_channel} keeps it: {@code sms}, or nothing
	 * for the default.
	 */
	public String code() {
		return (this == SMS) ? "sms" : null;
	}

	/**
	 * The choice a {@code guardian.preferred_channel} value says: {@code sms} is SMS,
	 * anything else ({@code telegram}, nothing) the messenger.
	 */
	public static PreferredChannel of(String code) {
		return "sms".equals((code != null) ? code.toLowerCase(Locale.ROOT) : null) ? SMS : MESSENGER;
	}

}
