package org.classbell.testing;

import java.time.Duration;

/**
 * What {@link FakeTwilio} does to a request a test asked it to spoil.
 */
sealed interface TwilioFault {

	/**
	 * Answers with a Twilio error.
	 */
	record Failure(int status, int code, String message) implements TwilioFault {

	}

	/**
	 * Closes the connection without an answer.
	 */
	record Disconnect() implements TwilioFault {

	}

	/**
	 * Answers as usual, after a while.
	 */
	record Delay(Duration duration) implements TwilioFault {

	}

}
