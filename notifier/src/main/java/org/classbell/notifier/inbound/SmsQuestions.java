package org.classbell.notifier.inbound;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.classbell.store.GuardianId;
import org.classbell.store.roster.Guardian;

/**
 * Questions a guardian's SMS may answer, of one kind: an absence alert («1 — болеет»), a
 * poll («ответьте цифрой»). A reply that is no keyword goes to the kind that asked these
 * guardians last; when it is no answer to that, it goes to the class teacher as a
 * message.
 */
public interface SmsQuestions {

	/**
	 * Which of these guardians was last sent, by SMS, a question of this kind they may
	 * still answer, and when; empty when there is none.
	 * @param senders the guardian records of the phone the SMS came from (one per school)
	 * @param now the time
	 */
	Optional<Asked> lastAsked(List<Guardian> senders, Instant now);

	/**
	 * Takes the SMS as the answer to the question last asked.
	 * @param senders the guardian records of the phone the SMS came from
	 * @param body what they wrote
	 * @param now the time
	 * @return the SMS to answer with (thanks, or what was wrong with the answer); empty
	 * when the text is no answer to the question at all
	 */
	Optional<String> answer(List<Guardian> senders, String body, Instant now);

	/**
	 * A question asked.
	 *
	 * @param guardian the guardian record it was asked of
	 * @param at when it was sent
	 */
	record Asked(GuardianId guardian, Instant at) {

	}

}
