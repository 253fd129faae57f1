package org.classbell.notifier.inbound;

import java.time.Instant;
import java.util.List;

import org.classbell.store.roster.Guardian;

/**
 * Where a guardian's free-text SMS goes: to the class teacher of their child, as a
 * message.
 */
public interface SmsMessages {

	/**
	 * Passes the text on.
	 * @param senders the guardian records of the phone the SMS came from (one per school)
	 * @param body what they wrote
	 * @param now the time
	 * @return the SMS to answer with
	 */
	String relay(List<Guardian> senders, String body, Instant now);

}
