package org.classbell.notifier.polls;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.classbell.notifier.inbound.SmsQuestions;
import org.classbell.store.GuardianId;
import org.classbell.store.polls.Poll;
import org.classbell.store.polls.Polls;
import org.classbell.store.polls.Vote;
import org.classbell.store.roster.Guardian;
import org.classbell.store.school.Schools;
import org.classbell.templates.MessageCatalog;

import org.springframework.stereotype.Component;

/**
 * A guardian's SMS answer to the poll last sent to them by SMS: the option's number, or
 * for a poll of several choices numbers separated by spaces (or commas); it replaces
 * their answer. A number the poll has no option for gets a reply naming those it has; a
 * text that is no numbers is no answer, and goes on to the class teacher.
 */
@Component
class PollSmsAnswers implements SmsQuestions {

	private static final Pattern NUMBERS = Pattern.compile("[\\s\\d,.;]*\\d[\\s\\d,.;]*");

	private final Polls polls;

	private final Schools schools;

	private final MessageCatalog messages;

	PollSmsAnswers(Polls polls, Schools schools, MessageCatalog messages) {
		this.polls = polls;
		this.schools = schools;
		this.messages = messages;
	}

	@Override
	public Optional<Asked> lastAsked(List<Guardian> senders, Instant now) {
		return this.polls.lastAskedBySms(ids(senders), now).map((asked) -> new Asked(asked.guardian(), asked.at()));
	}

	@Override
	public Optional<String> answer(List<Guardian> senders, String body, Instant now) {
		if (!NUMBERS.matcher(body).matches()) {
			return Optional.empty();
		}
		Optional<Polls.SmsAsked> asked = this.polls.lastAskedBySms(ids(senders), now);
		if (asked.isEmpty()) {
			return Optional.empty();
		}
		Guardian guardian = senders.stream()
			.filter((sender) -> sender.id().equals(asked.get().guardian()))
			.findFirst()
			.orElseThrow();
		Locale locale = guardian.language().locale();
		Poll poll = this.polls.find(asked.get().poll()).orElseThrow();
		List<Integer> numbers = new ArrayList<>();
		for (String number : body.strip().split("[^\\d]+")) {
			if (!number.isEmpty()) {
				numbers.add((number.length() > 2) ? 0 : Integer.parseInt(number));
			}
		}
		Vote vote = this.polls.vote(poll.id(), guardian.id(), numbers, false, "sms", now);
		if (vote instanceof Vote.Recorded recorded) {
			ZoneId zone = this.schools.find(poll.school()).orElseThrow().timeZone();
			return Optional.of(this.messages.render(locale, "sms.reply.poll_recorded", Map.of("answer",
					PollTexts.answer(poll, recorded.chosen()), "closes", PollTexts.when(poll.closesAt(), zone))));
		}
		if (vote instanceof Vote.Closed) {
			return Optional.of(this.messages.render(locale, "sms.reply.poll_closed"));
		}
		return Optional.of(this.messages.render(locale, "sms.reply.poll_invalid",
				Map.of("multiple", poll.multiple() ? "yes" : "no", "max", poll.options().size())));
	}

	private static List<GuardianId> ids(List<Guardian> senders) {
		return senders.stream().map(Guardian::id).toList();
	}

}
