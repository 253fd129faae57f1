package org.classbell.store.invite;

/**
 * What came of using an invite code.
 */
public sealed interface Redemption {

	/**
	 * The Telegram account is now linked to this person.
	 */
	record Linked(Invitee invitee) implements Redemption {

	}

	/**
	 * No such code was ever issued (or the text cannot be a code).
	 */
	record Unknown() implements Redemption {

	}

	/**
	 * The code was used already.
	 */
	record Used() implements Redemption {

	}

	/**
	 * The code is past its expiry.
	 */
	record Expired() implements Redemption {

	}

}
