package org.classbell.store.families;

/**
 * How a guardian is reached: by Telegram, by SMS, or not at all.
 */
public enum LinkStatus {

	/** Telegram linked (whether or not consent was confirmed in the bot yet). */
	TELEGRAM,
	/** No Telegram; a phone, consent, no opt-out and no flag: SMS. */
	SMS,
	/** Neither. */
	NONE

}
