package org.classbell.notifier.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.classbell.notifier.NotifierProperties;
import org.classbell.notifier.outbox.Channel;
import org.classbell.notifier.outbox.Message;
import org.classbell.notifier.outbox.Outbox;
import org.classbell.notifier.outbox.Recipient;
import org.classbell.notifier.outbox.Recipients;
import org.classbell.notifier.sms.SmsForms.Budget;
import org.classbell.store.roster.StudentId;
import org.classbell.templates.MessageCatalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps what each guardian is told about a child's attendance on a day in line with the
 * journal. After any change the day is described anew: a message still queued is
 * rewritten (so absences within the merge window make one alert), and a message already
 * sent is followed by an update or a correction when the journal no longer says what it
 * said.
 */
@Component
public class AttendanceAlerts {

	static final String ALERT = "attendance";

	static final String UPDATE = "attendance_update";

	static final String WITHDRAWN = "attendance_withdrawn";

	private final JdbcClient jdbc;

	private final Recipients recipients;

	private final Outbox outbox;

	private final MessageCatalog messages;

	private final Bodies bodies;

	private final NotifierProperties properties;

	AttendanceAlerts(JdbcClient jdbc, Recipients recipients, Outbox outbox, MessageCatalog messages, Bodies bodies,
			NotifierProperties properties) {
		this.jdbc = jdbc;
		this.recipients = recipients;
		this.outbox = outbox;
		this.messages = messages;
		this.bodies = bodies;
		this.properties = properties;
	}

	/**
	 * Brings the messages about the child's day in line with the journal.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void refresh(StudentId student, LocalDate day, Instant now) {
		String topic = "attendance:" + student.value() + ":" + day;
		this.outbox.lock(topic);
		List<Fact> facts = this.jdbc.sql("""
				select lesson_no, status, reason from attendance where student_id = ? and day = ?
				order by lesson_no nulls first
				""").params(student.value(), day).query(Fact.class).list();
		List<Message> fresh = new ArrayList<>();
		for (Recipient recipient : this.recipients.forAlerts(student)) {
			if (!recipient.isReachable()) {
				continue;
			}
			Optional<Outbox.Queued> queued = this.outbox.queued(topic, recipient.guardian().value());
			Optional<Outbox.Queued> sent = this.outbox.lastSent(topic, recipient.guardian().value());
			Optional<String[]> wanted = wanted(recipient, day, facts, sent);
			if (queued.isPresent()) {
				if (wanted.isEmpty()) {
					this.outbox.cancel(queued.get().id(), now);
				}
				else {
					this.outbox.rewrite(queued.get().id(), wanted.get()[0], wanted.get()[1], wanted.get()[2], now);
				}
			}
			else if (wanted.isPresent()) {
				fresh.add(new Message(recipient, student.value(), wanted.get()[0], topic, wanted.get()[1],
						wanted.get()[2], null, false));
			}
		}
		this.outbox.queue(fresh, now.plus(this.properties.mergeWindow()), now);
	}

	/**
	 * The kind, body and SMS fallback the guardian should be sent now, or nothing when
	 * what they were sent still holds.
	 */
	private Optional<String[]> wanted(Recipient recipient, LocalDate day, List<Fact> facts,
			Optional<Outbox.Queued> sent) {
		if (sent.isEmpty()) {
			return facts.isEmpty() ? Optional.empty() : Optional.of(message(ALERT, recipient, day, facts));
		}
		String[] wouldSay = message(sent.get().kind(), recipient.withChannel(Channel.of(sent.get().channel())), day,
				facts);
		if (wouldSay[1].equals(sent.get().body()) && (facts.isEmpty() == WITHDRAWN.equals(sent.get().kind()))) {
			return Optional.empty();
		}
		return Optional.of(message(facts.isEmpty() ? WITHDRAWN : UPDATE, recipient, day, facts));
	}

	private String[] message(String kind, Recipient recipient, LocalDate day, List<Fact> facts) {
		Locale locale = recipient.locale();
		Recipient.Child child = recipient.children().get(0);
		Map<String, Object> arguments = Map.of("child", child.firstName(), "class", child.className(), "date", day,
				"facts", describe(facts, locale));
		Bodies.Rendered rendered = this.bodies.render("alert." + kind, Budget.ALERT, recipient, arguments);
		return new String[] { kind, rendered.body(), rendered.smsBody() };
	}

	/**
	 * The day's attendance in words: {@code пропуск уроков 3, 4; опоздание на урок 1}.
	 */
	private String describe(List<Fact> facts, Locale locale) {
		List<String> parts = new ArrayList<>();
		for (String status : List.of("absent", "late", "excused")) {
			List<Fact> ofStatus = facts.stream().filter((fact) -> fact.status().equals(status)).toList();
			if (ofStatus.isEmpty()) {
				continue;
			}
			List<String> lessons = ofStatus.stream()
				.filter((fact) -> fact.lessonNo() != null)
				.map((fact) -> String.valueOf(fact.lessonNo()))
				.toList();
			boolean wholeDay = ofStatus.stream().anyMatch((fact) -> fact.lessonNo() == null);
			String part = wholeDay ? this.messages.render(locale, "attendance.fact." + status + ".day")
					: this.messages.render(locale, "attendance.fact." + status + ".lessons",
							Map.of("count", lessons.size(), "lessons", String.join(", ", lessons)));
			String reason = ofStatus.stream()
				.map(Fact::reason)
				.filter((text) -> text != null && !text.isBlank())
				.findFirst()
				.orElse(null);
			parts.add((reason != null) ? this.messages.render(locale, "attendance.fact.with_reason",
					Map.of("fact", part, "reason", reason)) : part);
		}
		return String.join("; ", parts);
	}

	record Fact(Integer lessonNo, String status, String reason) {

	}

}
