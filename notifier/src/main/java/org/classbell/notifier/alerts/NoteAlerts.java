package org.classbell.notifier.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.classbell.notifier.outbox.Message;
import org.classbell.notifier.outbox.Outbox;
import org.classbell.notifier.outbox.Recipient;
import org.classbell.notifier.outbox.Recipients;
import org.classbell.notifier.sms.SmsForms.Budget;
import org.classbell.store.journal.NoteKind;
import org.classbell.store.roster.StudentId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a child's guardians of praise or a remark at once (quiet hours aside), and takes
 * it back when the teacher undoes it: a message still queued is cancelled, one already
 * sent is followed by a correction.
 */
@Component
public class NoteAlerts {

	private final Recipients recipients;

	private final Outbox outbox;

	private final Bodies bodies;

	NoteAlerts(Recipients recipients, Outbox outbox, Bodies bodies) {
		this.recipients = recipients;
		this.outbox = outbox;
		this.bodies = bodies;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void noted(long noteId, NoteKind kind, StudentId student, String text, String teacher, Instant now) {
		List<Message> messages = new ArrayList<>();
		for (Recipient recipient : this.recipients.forAlerts(student)) {
			if (recipient.isReachable()) {
				Recipient.Child child = recipient.children().get(0);
				messages.add(message(recipient, student, kind.code(), topic(noteId), Map.of("child", child.firstName(),
						"class", child.className(), "text", text, "teacher", teacher)));
			}
		}
		this.outbox.queue(messages, now, now);
	}

	/**
	 * Takes back what was said of a note that was undone.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void withdrawn(long noteId, StudentId student, LocalDate day, Instant now) {
		List<Message> corrections = new ArrayList<>();
		for (Recipient recipient : this.recipients.forAlerts(student)) {
			long guardian = recipient.guardian().value();
			this.outbox.queued(topic(noteId), guardian).ifPresent((queued) -> this.outbox.cancel(queued.id(), now));
			if (recipient.isReachable() && this.outbox.lastSent(topic(noteId), guardian).isPresent()) {
				Recipient.Child child = recipient.children().get(0);
				corrections.add(message(recipient, student, "note_withdrawn", topic(noteId),
						Map.of("child", child.firstName(), "class", child.className(), "date", day)));
			}
		}
		this.outbox.queue(corrections, now, now);
	}

	private Message message(Recipient recipient, StudentId student, String kind, String topic,
			Map<String, Object> arguments) {
		Bodies.Rendered rendered = this.bodies.render("alert." + kind, Budget.ALERT, recipient, arguments);
		return new Message(recipient, student.value(), kind, topic, rendered.body(), rendered.smsBody(), null, false);
	}

	private static String topic(long noteId) {
		return "note:" + noteId;
	}

}
