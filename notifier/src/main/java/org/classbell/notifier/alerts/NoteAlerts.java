package org.classbell.notifier.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.classbell.notifier.outbox.Bodies;
import org.classbell.notifier.outbox.Message;
import org.classbell.notifier.outbox.MessageKind;
import org.classbell.notifier.outbox.Outbox;
import org.classbell.notifier.outbox.Recipient;
import org.classbell.notifier.outbox.Recipients;
import org.classbell.notifier.outbox.Topic;
import org.classbell.notifier.sms.SmsForms.Budget;
import org.classbell.store.StudentId;
import org.classbell.store.journal.EntryReverted;
import org.classbell.store.journal.NoteKind;
import org.classbell.store.journal.NoteWritten;
import org.classbell.templates.Quote;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a child's guardians of praise or a remark at once (quiet hours aside), and takes
 * it back when the teacher undoes it: a message still queued is cancelled, one already
 * sent is followed by a correction.
 */
@Component
class NoteAlerts {

	/**
	 * The most characters of a note an alert repeats, so that it fits a Telegram message
	 * (4,096).
	 */
	static final int TEXT = 3000;

	private final Recipients recipients;

	private final Outbox outbox;

	private final Bodies bodies;

	NoteAlerts(Recipients recipients, Outbox outbox, Bodies bodies) {
		this.recipients = recipients;
		this.outbox = outbox;
		this.bodies = bodies;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(NoteWritten note) {
		MessageKind kind = (note.kind() == NoteKind.PRAISE) ? MessageKind.PRAISE : MessageKind.REMARK;
		List<Message> messages = new ArrayList<>();
		for (Recipient recipient : this.recipients.forAlerts(note.student())) {
			if (recipient.isReachable()) {
				Recipient.Child child = recipient.children().get(0);
				messages.add(message(recipient, note.student(), kind, Topic.note(note.note()),
						Map.of("child", child.firstName(), "class", child.className(), "text",
								Quote.cut(note.text(), TEXT), "teacher", note.author().givenNames())));
			}
		}
		this.outbox.queue(messages, note.at(), note.at());
	}

	/**
	 * Takes back what was said of the notes an undo took back.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(EntryReverted reverted) {
		List<Message> corrections = new ArrayList<>();
		for (EntryReverted.RevertedNote note : reverted.notes()) {
			Topic topic = Topic.note(note.note());
			for (Recipient recipient : this.recipients.forAlerts(note.student())) {
				this.outbox.queued(topic, recipient.guardian())
					.ifPresent((queued) -> this.outbox.cancel(queued.id(), reverted.at()));
				if (recipient.isReachable() && this.outbox.lastSent(topic, recipient.guardian()).isPresent()) {
					Recipient.Child child = recipient.children().get(0);
					corrections.add(message(recipient, note.student(), MessageKind.NOTE_WITHDRAWN, topic,
							Map.of("child", child.firstName(), "class", child.className(), "date", note.day())));
				}
			}
		}
		this.outbox.queue(corrections, reverted.at(), reverted.at());
	}

	private Message message(Recipient recipient, StudentId student, MessageKind kind, Topic topic,
			Map<String, Object> arguments) {
		Bodies.Rendered rendered = this.bodies.render("alert." + kind.code(), Budget.ALERT, recipient, arguments);
		return new Message(recipient, student, kind, topic, rendered.body(), rendered.smsBody(), null, false);
	}

}
