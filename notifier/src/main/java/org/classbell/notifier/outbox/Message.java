package org.classbell.notifier.outbox;

import java.util.List;

import org.classbell.store.StudentId;
import org.classbell.store.roster.Guardian;
import org.classbell.store.school.SegmentBudgets;

/**
 * A message to one recipient, about to be written to the outbox.
 *
 * @param recipient who, and by which channel
 * @param student the student it is about, or {@code null}
 * @param kind what it is
 * @param topic what it is about, so that later changes find it; or {@code null}
 * @param body the text as it is sent (HTML for Telegram, plain for SMS)
 * @param smsBody for a Telegram message, its SMS form, sent instead if Telegram turns out
 * to be unreachable; or {@code null}
 * @param announcement the announcement it carries, or {@code null}
 * @param urgent whether it goes at once even in quiet hours, as an answer to the guardian
 * does
 * @param buttons rows of buttons under it, sent in a messenger only
 */
public record Message(Recipient recipient, StudentId student, MessageKind kind, Topic topic, String body,
		String smsBody, AnnouncementId announcement, boolean urgent, List<List<Button>> buttons) {

	public Message {
		buttons = (buttons != null) ? buttons.stream().map(List::copyOf).toList() : List.of();
	}

	/**
	 * A message without buttons.
	 */
	public Message(Recipient recipient, StudentId student, MessageKind kind, Topic topic, String body, String smsBody,
			AnnouncementId announcement, boolean urgent) {
		this(recipient, student, kind, topic, body, smsBody, announcement, urgent, List.of());
	}

	/**
	 * The same message with buttons under it (sent in a messenger only).
	 */
	public Message withButtons(List<List<Button>> rows) {
		return new Message(this.recipient, this.student, this.kind, this.topic, this.body, this.smsBody,
				this.announcement, this.urgent, rows);
	}

	/**
	 * An answer to a guardian's SMS, by SMS, at once.
	 */
	public static Message urgentSms(Guardian guardian, MessageKind kind, String text) {
		Recipient recipient = new Recipient(guardian.school(), guardian.id(), guardian.language(), Channel.SMS,
				guardian.phone().orElseThrow().e164(), false, SegmentBudgets.DEFAULTS, false, List.of());
		return new Message(recipient, null, kind, null, text, null, null, true);
	}

}
