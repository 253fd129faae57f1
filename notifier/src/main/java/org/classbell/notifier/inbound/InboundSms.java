package org.classbell.notifier.inbound;

import java.util.regex.Pattern;
import java.util.Comparator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.notifier.outbox.Letterhead;
import org.classbell.notifier.outbox.Message;
import org.classbell.notifier.outbox.MessageKind;
import org.classbell.notifier.outbox.Outbox;
import org.classbell.notifier.reports.Period;
import org.classbell.notifier.reports.ProgressReports;
import org.classbell.notifier.reports.ReportKind;
import org.classbell.store.Actor;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.chat.ReceivedSms;
import org.classbell.store.consent.ConsentChange;
import org.classbell.store.consent.ConsentLedger;
import org.classbell.store.consent.ConsentSource;
import org.classbell.store.consent.Purpose;
import org.classbell.store.roster.Guardian;
import org.classbell.store.roster.Guardians;
import org.classbell.store.roster.PhoneNumber;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;
import org.classbell.templates.MessageCatalog;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a guardian's SMS to the school number does: {@code STOP}/{@code СТОП} (and
 * Twilio's other opt-out words) stops SMS, {@code START}/{@code СТАРТ} resumes them,
 * {@code ДА}/{@code YES} records consent to SMS, {@code ПОМОЩЬ}/{@code HELP} lists what
 * can be asked, and {@code ОТЧЕТ}/{@code REPORT} queues the week's report of each child
 * by SMS. A phone number may belong to guardians in several schools: an SMS to a school's
 * own number changes that school's guardian record, one to the deployment's all of them;
 * an answer or a message goes to one school ({@link SmsSchools}).
 */
@Component
public class InboundSms {

	private static final Logger log = LoggerFactory.getLogger(InboundSms.class);

	/**
	 * A reply of numbers only, such as {@code 2} or {@code 1 3}: an answer, never a
	 * message for the teacher.
	 */
	private static final Pattern ANSWER_ONLY = Pattern.compile("[\\s\\d,.;]*\\d[\\s\\d,.;]*");

	private final Guardians guardians;

	private final Schools schools;

	private final AuditTrail audit;

	private final ConsentLedger consents;

	private final ProgressReports reports;

	private final Outbox outbox;

	private final MessageCatalog messages;

	private final Clock clock;

	private final ReceivedSms received;

	private final List<SmsQuestions> questions;

	private final Optional<SmsMessages> relay;

	private final SmsSchools schoolsOf;

	InboundSms(Guardians guardians, Schools schools, AuditTrail audit, ConsentLedger consents, ProgressReports reports,
			Outbox outbox, MessageCatalog messages, Clock clock, ReceivedSms received, List<SmsQuestions> questions,
			Optional<SmsMessages> relay, SmsSchools schoolsOf) {
		this.schoolsOf = schoolsOf;
		this.received = received;
		this.questions = List.copyOf(questions);
		this.relay = relay;
		this.guardians = guardians;
		this.schools = schools;
		this.audit = audit;
		this.consents = consents;
		this.reports = reports;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Acts on a message from a phone to the deployment's number, once: see
	 * {@link #receive(String, String, SentTo, String)}.
	 */
	@Transactional
	public Optional<String> receive(String messageId, String from, String body) {
		return receive(messageId, from, SentTo.UNKNOWN, body);
	}

	/**
	 * Acts on a message from a phone, once: the same message again (by the provider's id)
	 * gets the first reply again and changes nothing.
	 * @param messageId the provider's id of the message, {@code null} when it gave none
	 * @param from the sender, in E.164
	 * @param to the number it was sent to
	 * @param body what they wrote
	 * @return the reply to send back at once, if any
	 */
	@Transactional
	public Optional<String> receive(String messageId, String from, SentTo to, String body) {
		Instant now = this.clock.instant();
		if (messageId == null) {
			// Twilio always names its messages; a post without an id cannot be told from
			// a repeat
			return act(from, to, body, now);
		}
		Optional<Optional<String>> before = this.received.claim(messageId, now);
		if (before.isPresent()) {
			log.info("SMS {} from {} came again; acted on already", messageId, PhoneNumber.mask(from));
			return before.get();
		}
		Optional<String> reply = act(from, to, body, now);
		reply.ifPresent((text) -> this.received.replied(messageId, text));
		return reply;
	}

	private Optional<String> act(String from, SentTo to, String body, Instant now) {
		Keyword keyword = Keyword.of(body);
		List<Guardian> known = PhoneNumber.parse(from, "RU").map(this.guardians::byPhone).orElse(List.of());
		SmsSchools.Senders scope = this.schoolsOf.of(known, to);
		List<Guardian> senders = scope.guardians();
		if (senders.isEmpty()) {
			if (scope.toDeployment()) {
				log.info("SMS {} from {}, a number no school knows", keyword, PhoneNumber.mask(from));
			}
			else {
				log.info("SMS {} from {} to a school's own number, a number that school does not know", keyword,
						PhoneNumber.mask(from));
			}
			return Optional.of(this.messages.render(
					Keyword.latin(body) ? MessageCatalog.ENGLISH : MessageCatalog.RUSSIAN, "sms.reply.unknown_number"));
		}
		Guardian first = senders.get(0);
		Locale locale = first.language().locale();
		this.audit.actAs(Actor.guardian(first.id()));
		log.info("SMS {} from {} ({} guardian record(s))", keyword, PhoneNumber.mask(from), senders.size());
		switch (keyword) {
			case STOP -> {
				record(senders, Purpose.SMS, false, body, now);
				return Keyword.answeredByTwilio(body) ? Optional.empty()
						: Optional.of(this.messages.render(locale, "sms.reply.stopped"));
			}
			case START -> {
				record(senders, Purpose.SMS, true, body, now);
				boolean consent = senders.stream().allMatch(Guardian::hasConsent);
				return Optional
					.of(this.messages.render(locale, consent ? "sms.reply.started" : "sms.reply.started_no_consent"));
			}
			case YES -> {
				record(senders, Purpose.PROCESSING, true, body, now);
				record(senders, Purpose.SMS, true, body, now);
				return Optional.of(this.messages.render(locale, "sms.reply.consent"));
			}
			case HELP -> {
				return Optional.of(this.messages.render(locale, "sms.reply.help"));
			}
			case REPORT -> {
				return report(senders, SmsSchools.schools(known).size() > 1, now);
			}
			default -> {
				return other(this.schoolsOf.about(scope, now), body, locale, now);
			}
		}
	}

	/**
	 * An SMS that is no keyword: the answer to the question these guardians were asked
	 * last by SMS (an absence alert, a poll) or, when it is no answer to that, to the one
	 * before; else a message to the class teacher.
	 */
	private Optional<String> other(List<Guardian> senders, String body, Locale locale, Instant now) {
		List<SmsQuestions> asked = this.questions.stream()
			.flatMap((kind) -> kind.lastAsked(senders, now).map((last) -> new Asked(kind, last.at())).stream())
			.sorted(Comparator.comparing(Asked::at).reversed())
			.map(Asked::kind)
			.toList();
		for (SmsQuestions kind : asked) {
			Optional<String> answered = kind.answer(senders, body, now);
			if (answered.isPresent()) {
				return answered;
			}
		}
		if (ANSWER_ONLY.matcher(body).matches()) {
			return Optional.of(this.messages.render(locale, "sms.reply.nothing_to_answer"));
		}
		return Optional.of(this.relay.map((messages) -> messages.relay(senders, body, now))
			.orElseGet(() -> this.messages.render(locale, "sms.reply.unknown_command")));
	}

	/**
	 * Records in the consent ledger what the guardians' SMS said, with the word they
	 * sent.
	 */
	private void record(List<Guardian> senders, Purpose purpose, boolean given, String body, Instant now) {
		String word = Keyword.word(body);
		this.consents.record(senders.stream()
			.map((guardian) -> new ConsentChange(guardian.id(), purpose, given, ConsentSource.SMS, "SMS " + word))
			.toList(), now);
	}

	/**
	 * Queues the week's report of each child, urgent (an answer is not held by quiet
	 * hours), in its school's texts; or says why not.
	 * @param named whether the phone is a guardian's in several schools, so that each
	 * report begins with its school's name
	 */
	private Optional<String> report(List<Guardian> senders, boolean named, Instant now) {
		List<Message> queued = new ArrayList<>();
		for (Guardian guardian : senders) {
			Locale locale = guardian.language().locale();
			if (!guardian.hasConsent() || guardian.optedOutAt() != null) {
				return Optional.of(this.messages.render(locale, "sms.reply.report_needs_consent"));
			}
			School school = this.schools.find(guardian.school()).orElseThrow();
			LocalDate today = now.atZone(school.timeZone()).toLocalDate();
			Period week = ReportKind.WEEK.periodTo(today);
			Letterhead head = new Letterhead(school.code(), school.name(), false, named);
			for (String text : this.reports.smsForGuardian(guardian.id(), school, week, today, locale,
					head.catalog(this.messages).render(locale, "sms.report_more"), head)) {
				queued.add(Message.urgentSms(guardian, MessageKind.REPORT, text));
			}
		}
		if (queued.isEmpty()) {
			return Optional.of(this.messages.render(senders.get(0).language().locale(), "sms.reply.no_children"));
		}
		this.outbox.queue(queued, now, now);
		return Optional.empty();
	}

	private record Asked(SmsQuestions kind, Instant at) {

	}

}
