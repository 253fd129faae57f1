package org.classbell.store.families;

/**
 * How a guardian is reached: in a messenger (Telegram, MAX or both), by SMS, or not at
 * all.
 */
public enum LinkStatus {

	/** A messenger linked (whether or not consent was confirmed in the bot yet). */
	MESSENGER,
	/** No messenger; a phone, consent, no opt-out and no flag: SMS. */
	SMS,
	/** Neither. */
	NONE

}
