package org.classbell.notifier.dispatch;

import java.time.Duration;

/**
 * What came of one attempt to hand a message to its provider.
 */
public sealed interface Outcome {

	/**
	 * The provider took the message.
	 *
	 * @param providerId its id there (Telegram message id, Twilio SID)
	 * @param segments SMS segments it was billed as, or {@code null} for Telegram
	 */
	record Sent(String providerId, Integer segments) implements Outcome {

	}

	/**
	 * A fault that may pass (5xx, network, rate limit): try again later.
	 *
	 * @param error what happened, for the admin
	 * @param after how long the provider asked to wait, or {@code null} to back off
	 */
	record Retry(String error, Duration after) implements Outcome {

	}

	/**
	 * The provider will never take this message; what it means for the guardian.
	 *
	 * @param error what happened, for the admin
	 * @param consequence what to change because of it
	 */
	record Failed(String error, Consequence consequence) implements Outcome {

	}

	/**
	 * What a permanent failure says about the recipient.
	 */
	enum Consequence {

		/** Nothing beyond this message. */
		NONE,
		/**
		 * The chat is gone: the bot was blocked or the account deleted (Telegram 403).
		 */
		CHAT_UNREACHABLE,
		/** The recipient replied STOP to SMS (Twilio 21610). */
		OPTED_OUT,
		/**
		 * The phone number is not a valid mobile number (Twilio 21211, 21614, 21217).
		 */
		INVALID_NUMBER

	}

}
