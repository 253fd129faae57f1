package org.classbell.notifier.inbound;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.classbell.store.GuardianId;
import org.classbell.store.SchoolId;
import org.classbell.store.relay.Conversations;
import org.classbell.store.roster.Guardian;
import org.classbell.store.school.SchoolSenders;

import org.springframework.stereotype.Component;

/**
 * Which school a parent's SMS is about, of those that know the phone. An SMS to a
 * school's own number (or messaging service) is about that school. One to the
 * deployment's number is from all of the phone's guardian records; an answer or a message
 * in it is about the school whose question (an absence alert, a poll) or conversation
 * with a class teacher is newest, of those that send from the deployment's number where
 * the phone is known in any.
 */
@Component
class SmsSchools {

	private final SchoolSenders senders;

	private final Conversations conversations;

	private final List<SmsQuestions> questions;

	SmsSchools(SchoolSenders senders, Conversations conversations, List<SmsQuestions> questions) {
		this.senders = senders;
		this.conversations = conversations;
		this.questions = List.copyOf(questions);
	}

	/**
	 * The guardian records an SMS to the number is from: those of the schools whose own
	 * number it is, or all of the phone's when it is the deployment's.
	 * @param known the phone's guardian records, one per school
	 */
	Senders of(List<Guardian> known, SentTo to) {
		Set<SchoolId> owners = this.senders.sendingFrom(to.number(), to.messagingService());
		return owners.isEmpty() ? new Senders(known, true)
				: new Senders(known.stream().filter((guardian) -> owners.contains(guardian.school())).toList(), false);
	}

	/**
	 * The guardian records an SMS that is no keyword is about: where they are of several
	 * schools, those of the school whose question or conversation is newest (or all, when
	 * there is none).
	 */
	List<Guardian> about(Senders senders, Instant now) {
		List<Guardian> candidates = senders.guardians();
		if (senders.toDeployment() && schools(candidates).size() > 1) {
			Set<SchoolId> own = this.senders.withOwnSender(schools(candidates));
			List<Guardian> fromDeployment = candidates.stream()
				.filter((guardian) -> !own.contains(guardian.school()))
				.toList();
			candidates = fromDeployment.isEmpty() ? candidates : fromDeployment;
		}
		if (schools(candidates).size() < 2) {
			return candidates;
		}
		List<Guardian> among = candidates;
		Stream<SmsQuestions.Asked> asked = this.questions.stream()
			.flatMap((kind) -> kind.lastAsked(among, now).stream());
		Stream<SmsQuestions.Asked> talked = this.conversations.latest(among.stream().map(Guardian::id).toList())
			.map((latest) -> new SmsQuestions.Asked(latest.guardian(), latest.at()))
			.stream();
		Map<GuardianId, SchoolId> schoolOf = among.stream().collect(Collectors.toMap(Guardian::id, Guardian::school));
		return Stream.concat(asked, talked)
			.max(Comparator.comparing(SmsQuestions.Asked::at))
			.map((newest) -> schoolOf.get(newest.guardian()))
			.map((school) -> among.stream().filter((guardian) -> guardian.school().equals(school)).toList())
			.orElse(among);
	}

	/**
	 * The schools of some guardian records.
	 */
	static Set<SchoolId> schools(List<Guardian> guardians) {
		return guardians.stream().map(Guardian::school).collect(Collectors.toSet());
	}

	/**
	 * The guardian records an SMS is from.
	 *
	 * @param guardians the records, none when the school written to does not know the
	 * phone
	 * @param toDeployment whether it was sent to the deployment's number rather than a
	 * school's own
	 */
	record Senders(List<Guardian> guardians, boolean toDeployment) {

	}

}
