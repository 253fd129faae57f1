package org.classbell.notifier.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.classbell.notifier.NotifierProperties;
import org.classbell.notifier.answers.AlertAnswering;
import org.classbell.notifier.outbox.Bodies;
import org.classbell.notifier.outbox.Button;
import org.classbell.notifier.outbox.Message;
import org.classbell.notifier.outbox.MessageKind;
import org.classbell.notifier.outbox.Outbox;
import org.classbell.notifier.outbox.Recipient;
import org.classbell.notifier.outbox.Recipients;
import org.classbell.notifier.outbox.Topic;
import org.classbell.notifier.sms.SmsForms.Budget;
import org.classbell.store.StudentId;
import org.classbell.store.journal.AttendanceChanged;
import org.classbell.store.journal.AttendanceStatus;
import org.classbell.store.journal.Attendances.Attendance;
import org.classbell.store.journal.Attendances;
import org.classbell.store.journal.EntryReverted;
import org.classbell.templates.MessageCatalog;
import org.classbell.templates.Quote;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps what each guardian is told about a child's attendance on a day in line with the
 * journal, whatever changed it. After any change the day is described anew: a message
 * still queued is rewritten (so absences within the merge window make one alert), and a
 * message already sent is followed by an update or a correction when the journal no
 * longer says what it said.
 */
@Component
class AttendanceAlerts {

	/**
	 * The most characters of an excuse's reason an alert repeats: the alert must fit a
	 * Telegram message.
	 */
	static final int REASON = 500;

	private final Attendances attendances;

	private final Recipients recipients;

	private final Outbox outbox;

	private final MessageCatalog messages;

	private final Bodies bodies;

	private final NotifierProperties properties;

	private final AlertAnswering answering;

	AttendanceAlerts(Attendances attendances, Recipients recipients, Outbox outbox, MessageCatalog messages,
			Bodies bodies, NotifierProperties properties, AlertAnswering answering) {
		this.answering = answering;
		this.attendances = attendances;
		this.recipients = recipients;
		this.outbox = outbox;
		this.messages = messages;
		this.bodies = bodies;
		this.properties = properties;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(AttendanceChanged changed) {
		changed.students().forEach((student) -> refresh(student, changed.day(), changed.at()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(EntryReverted reverted) {
		reverted.attendance().forEach((day) -> refresh(day.student(), day.day(), reverted.at()));
	}

	/**
	 * Brings the messages about the child's day in line with the journal.
	 */
	private void refresh(StudentId student, LocalDate day, Instant now) {
		Topic topic = Topic.attendance(student, day);
		this.outbox.lock(topic);
		List<Attendance> facts = this.attendances.ofDay(student, day);
		List<Message> fresh = new ArrayList<>();
		for (Recipient recipient : this.recipients.forAlerts(student)) {
			if (!recipient.isReachable()) {
				continue;
			}
			Optional<Outbox.Queued> queued = this.outbox.queued(topic, recipient.guardian());
			Optional<Outbox.Queued> sent = this.outbox.lastSent(topic, recipient.guardian());
			Optional<Alert> wanted = wanted(recipient, student, day, facts, sent);
			if (queued.isPresent()) {
				if (wanted.isEmpty()) {
					this.outbox.cancel(queued.get().id(), now);
				}
				else {
					this.outbox.rewrite(queued.get().id(), wanted.get().kind(), wanted.get().body(),
							wanted.get().smsBody(), wanted.get().buttons(), now);
				}
			}
			else if (wanted.isPresent()) {
				fresh.add(new Message(recipient, student, wanted.get().kind(), topic, wanted.get().body(),
						wanted.get().smsBody(), null, false)
					.withButtons(wanted.get().buttons()));
			}
		}
		this.outbox.queue(fresh, now.plus(this.properties.mergeWindow()), now);
	}

	/**
	 * What the guardian should be sent now, or nothing when what they were sent still
	 * holds.
	 */
	private Optional<Alert> wanted(Recipient recipient, StudentId student, LocalDate day, List<Attendance> facts,
			Optional<Outbox.Queued> sent) {
		if (sent.isEmpty()) {
			return facts.isEmpty() ? Optional.empty()
					: Optional.of(alert(MessageKind.ATTENDANCE, recipient, student, day, facts));
		}
		Alert wouldSay = alert(sent.get().kind(), recipient.withChannel(sent.get().channel()), student, day, facts);
		if (wouldSay.body().equals(sent.get().body())
				&& (facts.isEmpty() == (sent.get().kind() == MessageKind.ATTENDANCE_WITHDRAWN))) {
			return Optional.empty();
		}
		return Optional.of(alert(facts.isEmpty() ? MessageKind.ATTENDANCE_WITHDRAWN : MessageKind.ATTENDANCE_UPDATE,
				recipient, student, day, facts));
	}

	/**
	 * An alert; one that tells of absences not yet excused asks the parent why: with
	 * buttons in a messenger, with a line on how to answer in an SMS (where it fits).
	 */
	private Alert alert(MessageKind kind, Recipient recipient, StudentId student, LocalDate day,
			List<Attendance> facts) {
		Locale locale = recipient.locale();
		Recipient.Child child = recipient.children().get(0);
		Map<String, Object> arguments = Map.of("child", child.firstName(), "class", child.className(), "date", day,
				"facts", describe(facts, recipient.letterhead().catalog(this.messages), locale));
		boolean asks = kind != MessageKind.ATTENDANCE_WITHDRAWN
				&& facts.stream().anyMatch((fact) -> fact.status() == AttendanceStatus.ABSENT);
		String key = "alert." + kind.code();
		Bodies.Rendered rendered = asks ? this.bodies.render(key, Budget.ALERT, recipient, arguments, "answers.ask.sms")
				: this.bodies.render(key, Budget.ALERT, recipient, arguments);
		return new Alert(kind, rendered.body(), rendered.smsBody(),
				asks ? this.answering.alertButtons(locale, student, day, null) : List.of());
	}

	/**
	 * The day's attendance in words, in the school's texts: {@code пропуск уроков 3, 4;
	 * опоздание на урок 1}.
	 */
	private static String describe(List<Attendance> facts, MessageCatalog messages, Locale locale) {
		List<String> parts = new ArrayList<>();
		for (AttendanceStatus status : AttendanceStatus.values()) {
			List<Attendance> ofStatus = facts.stream().filter((fact) -> fact.status() == status).toList();
			if (ofStatus.isEmpty()) {
				continue;
			}
			List<String> lessons = ofStatus.stream()
				.filter((fact) -> fact.lesson() != null)
				.map((fact) -> String.valueOf(fact.lesson()))
				.toList();
			boolean wholeDay = ofStatus.stream().anyMatch((fact) -> fact.lesson() == null);
			String part = wholeDay ? messages.render(locale, "attendance.fact." + status.code() + ".day")
					: messages.render(locale, "attendance.fact." + status.code() + ".lessons",
							Map.of("count", lessons.size(), "lessons", String.join(", ", lessons)));
			String reason = ofStatus.stream()
				.map(Attendance::reason)
				.filter((text) -> text != null && !text.isBlank())
				.findFirst()
				.orElse(null);
			parts.add((reason != null) ? messages.render(locale, "attendance.fact.with_reason",
					Map.of("fact", part, "reason", Quote.cut(reason, REASON))) : part);
		}
		return String.join("; ", parts);
	}

	/**
	 * What to tell a guardian: the kind of message, its text, and its SMS form.
	 */
	private record Alert(MessageKind kind, String body, String smsBody, List<List<Button>> buttons) {

	}

}
