package org.classbell.notifier.polls;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.classbell.notifier.announcements.Announcements;
import org.classbell.notifier.outbox.Message;
import org.classbell.notifier.outbox.MessageKind;
import org.classbell.notifier.outbox.Outbox;
import org.classbell.notifier.outbox.Recipient;
import org.classbell.notifier.outbox.Recipients;
import org.classbell.notifier.outbox.Topic;
import org.classbell.store.polls.NewPoll;
import org.classbell.store.polls.Poll;
import org.classbell.store.polls.PollId;
import org.classbell.store.polls.Polls;
import org.classbell.store.roster.SchoolClass;
import org.classbell.store.school.Schools;
import org.classbell.store.staff.StaffMember;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks a poll of every guardian of a class, or of the school, once each however many
 * children they have there: in their messenger with a button per option, or by SMS with
 * the options numbered. Whom it reached is recorded, so that the results count exactly.
 */
@Component
public class PollAsking {

	private final Polls polls;

	private final Recipients recipients;

	private final Outbox outbox;

	private final PollTexts texts;

	private final Schools schools;

	PollAsking(Polls polls, Recipients recipients, Outbox outbox, PollTexts texts, Schools schools) {
		this.polls = polls;
		this.recipients = recipients;
		this.outbox = outbox;
		this.texts = texts;
		this.schools = schools;
	}

	/**
	 * Records the poll and queues it to the guardians of the class, or of the school when
	 * no class is given.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Asked ask(StaffMember author, SchoolClass schoolClass, Question question, Instant closesAt, Instant now) {
		PollId id = this.polls
			.create(new NewPoll(author.school(), (schoolClass != null) ? schoolClass.id() : null, author.id(),
					question.text(), question.anonymous(), question.multiple(), question.options(), now, closesAt));
		Poll poll = this.polls.find(id).orElseThrow();
		ZoneId zone = this.schools.find(author.school()).orElseThrow().timeZone();
		String signature = Announcements.Author.of(author).signature();
		List<Recipient> everyone = (schoolClass != null) ? this.recipients.ofClass(schoolClass.id())
				: this.recipients.ofSchool(author.school());
		List<Message> messages = new ArrayList<>();
		List<Polls.Asked> asked = new ArrayList<>();
		for (Recipient recipient : everyone) {
			if (!recipient.isReachable()) {
				continue;
			}
			String body = recipient.byMessenger() ? this.texts.forMessenger(poll, recipient, signature, zone)
					: this.texts.forSms(poll, recipient, zone);
			String sms = (recipient.byMessenger() && recipient.smsFallback())
					? this.texts.forSms(poll, recipient.withChannel(null), zone) : null;
			messages.add(new Message(recipient, null, MessageKind.POLL, topic(id), body, sms, null, false)
				.withButtons(this.texts.buttons(poll, List.of())));
			asked.add(new Polls.Asked(recipient.guardian(), recipient.channel().code()));
		}
		this.outbox.queue(messages, now, now);
		this.polls.asked(id, asked, now);
		return new Asked(poll, messages.size(), everyone.size() - messages.size());
	}

	/**
	 * What the outbox's messages of a poll are about: {@code poll:<id>}.
	 */
	static Topic topic(PollId poll) {
		return new Topic("poll:" + poll.value());
	}

	/**
	 * What is asked.
	 *
	 * @param text the question
	 * @param options its options
	 * @param anonymous whether the results never name who chose what
	 * @param multiple whether several options may be chosen
	 */
	public record Question(String text, List<String> options, boolean anonymous, boolean multiple) {

		public Question {
			options = List.copyOf(options);
		}

	}

	/**
	 * A poll asked: how many guardians it goes to, and how many nothing reaches.
	 */
	public record Asked(Poll poll, int recipients, int unreachable) {

	}

}
