package org.classbell.notifier.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.classbell.notifier.dispatch.QuietHours;
import org.classbell.notifier.outbox.Bodies;
import org.classbell.notifier.outbox.Button;
import org.classbell.notifier.outbox.Message;
import org.classbell.notifier.outbox.MessageKind;
import org.classbell.notifier.outbox.NotificationId;
import org.classbell.notifier.outbox.Outbox;
import org.classbell.notifier.outbox.Recipient;
import org.classbell.notifier.outbox.Recipients;
import org.classbell.notifier.outbox.StaffMessages;
import org.classbell.notifier.outbox.Topic;
import org.classbell.notifier.sms.SmsForms.Budget;
import org.classbell.store.Actor;
import org.classbell.store.GuardianId;
import org.classbell.store.StudentId;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.relay.Conversations;
import org.classbell.store.relay.Direction;
import org.classbell.store.relay.Parties;
import org.classbell.store.relay.RelayStatus;
import org.classbell.store.staff.Role;
import org.classbell.store.staff.StaffMember;
import org.classbell.store.staff.StaffQuietHours;
import org.classbell.templates.MessageCatalog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Relays a parent's message about their child to the child's class teacher, in the
 * teacher's messenger with buttons to reply and to mute, and a staff member's reply back
 * to the parent by the parent's channel. Only the child's class teacher (or an admin of
 * the school) may reply or mute; neither side sees the other's phone or account; a parent
 * may send at most {@value #PER_HOUR} messages an hour and {@value #PER_DAY} a day.
 */
@Service
public class Relay {

	/** The longest message relayed, either way. */
	public static final int MAX_LENGTH = 2000;

	/** The most messages a parent may send class teachers in an hour. */
	public static final int PER_HOUR = 5;

	/** The most messages a parent may send class teachers in a day. */
	public static final int PER_DAY = 20;

	private final Conversations conversations;

	private final StaffMessages staffMessages;

	private final StaffQuietHours quietHours;

	private final Recipients recipients;

	private final Bodies bodies;

	private final Outbox outbox;

	private final MessageCatalog messages;

	private final AuditTrail audit;

	Relay(Conversations conversations, StaffMessages staffMessages, StaffQuietHours quietHours, Recipients recipients,
			Bodies bodies, Outbox outbox, MessageCatalog messages, AuditTrail audit) {
		this.conversations = conversations;
		this.staffMessages = staffMessages;
		this.quietHours = quietHours;
		this.recipients = recipients;
		this.bodies = bodies;
		this.outbox = outbox;
		this.messages = messages;
		this.audit = audit;
	}

	/**
	 * The guardian, the child and the class teacher, where the child is the guardian's.
	 */
	public Optional<Parties> parties(GuardianId guardian, StudentId student) {
		return this.conversations.parties(guardian, student);
	}

	/**
	 * Relays a guardian's message about their child to the child's class teacher, or
	 * keeps it where the teacher muted the conversation or none can be written to.
	 * @param channel the channel it came by: {@code telegram}, {@code max} or {@code sms}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public ToTeacher toTeacher(GuardianId guardian, StudentId student, String text, String channel, Instant now) {
		Optional<Parties> found = this.conversations.parties(guardian, student);
		if (found.isEmpty()) {
			return new ToTeacher(ToTeacher.Outcome.NOT_YOURS, null, null);
		}
		Parties parties = found.get();
		String body = text.strip();
		Optional<ToTeacher.Outcome> refused = check(body).or(() -> limit(guardian, now));
		if (refused.isPresent()) {
			return new ToTeacher(refused.get(), parties, null);
		}
		this.audit.actAs(Actor.guardian(guardian));
		var conversation = this.conversations.open(parties.school(), guardian, student, now);
		if (conversation.muted()) {
			this.conversations.record(conversation.id(), Direction.TO_TEACHER, null, RelayStatus.MUTED, channel, body,
					List.of(), now);
			return new ToTeacher(ToTeacher.Outcome.MUTED, parties, null);
		}
		Optional<NotificationId> notice = (parties.classTeacher() != null)
				? this.staffMessages.queue(parties.classTeacher(), MessageKind.PARENT_MESSAGE,
						Topic.parent(guardian, student), notice(parties, body), buttons(parties), now)
				: Optional.empty();
		if (notice.isEmpty()) {
			this.conversations.record(conversation.id(), Direction.TO_TEACHER, parties.classTeacher(),
					RelayStatus.NO_TEACHER, channel, body, List.of(), now);
			return new ToTeacher(ToTeacher.Outcome.NO_TEACHER, parties, null);
		}
		this.conversations.record(conversation.id(), Direction.TO_TEACHER, parties.classTeacher(), RelayStatus.RELAYED,
				channel, body, List.of(notice.get().value()), now);
		var quiet = this.quietHours.of(parties.classTeacher());
		Optional<Instant> held = new QuietHours(quiet.from(), quiet.to()).holdUntil(now, quiet.zone());
		return held.map((until) -> new ToTeacher(ToTeacher.Outcome.HELD, parties, quiet.to()))
			.orElseGet(() -> new ToTeacher(ToTeacher.Outcome.PASSED, parties, null));
	}

	/**
	 * The guardian and child a staff member may write to about the child: they are the
	 * child's class teacher, or an admin of the child's school, and the guardian is the
	 * child's; empty otherwise.
	 */
	public Optional<Parties> mayReply(StaffMember staff, GuardianId guardian, StudentId student) {
		return this.conversations.parties(guardian, student)
			.filter((parties) -> staff.active() && parties.school().equals(staff.school())
					&& (staff.id().equals(parties.classTeacher()) || staff.role() == Role.ADMIN));
	}

	/**
	 * Relays a staff member's reply to the parent, by the parent's channel; it waits out
	 * the parent's quiet hours like any message that is not urgent.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public ToParent toParent(StaffMember author, GuardianId guardian, StudentId student, String text, Instant now) {
		Optional<Parties> found = mayReply(author, guardian, student);
		if (found.isEmpty()) {
			return new ToParent(ToParent.Outcome.NOT_ALLOWED, null);
		}
		Parties parties = found.get();
		String body = text.strip();
		if (body.isEmpty()) {
			return new ToParent(ToParent.Outcome.EMPTY, parties);
		}
		if (body.length() > MAX_LENGTH) {
			return new ToParent(ToParent.Outcome.TOO_LONG, parties);
		}
		Optional<Recipient> recipient = this.recipients.ofGuardians(List.of(guardian))
			.stream()
			.filter(Recipient::isReachable)
			.findFirst();
		if (recipient.isEmpty()) {
			return new ToParent(ToParent.Outcome.UNREACHABLE, parties);
		}
		Topic topic = Topic.parent(guardian, student);
		Bodies.Rendered rendered = this.bodies.render("relay.to_parent", Budget.ANNOUNCEMENT, recipient.get(),
				Map.of("child", parties.childName(), "class", parties.className(), "teacher",
						Parties.initials(author.name()), "lead",
						author.id().equals(parties.classTeacher()) ? "yes" : "no", "text", body));
		this.outbox.queue(List.of(new Message(recipient.get(), student, MessageKind.TEACHER_REPLY, topic,
				rendered.body(), rendered.smsBody(), null, false)), now, now);
		List<Long> carried = this.outbox.queued(topic, guardian)
			.map((queued) -> List.of(queued.id().value()))
			.orElse(List.of());
		this.audit.actAs(Actor.staff(author.id()));
		var conversation = this.conversations.open(parties.school(), guardian, student, now);
		this.conversations.record(conversation.id(), Direction.TO_PARENT, author.id(), RelayStatus.RELAYED,
				recipient.get().channel().code(), body, carried, now);
		return new ToParent(ToParent.Outcome.SENT, parties);
	}

	/**
	 * Mutes the conversation of a guardian about a child for its class teacher (or an
	 * admin), or unmutes it: a muted one's messages are kept but not passed on.
	 * @return the parties, or empty when the staff member may not
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Parties> mute(StaffMember staff, GuardianId guardian, StudentId student, boolean muted,
			Instant now) {
		Optional<Parties> found = mayReply(staff, guardian, student);
		found.ifPresent((parties) -> {
			this.audit.actAs(Actor.staff(staff.id()));
			var conversation = this.conversations.open(parties.school(), guardian, student, now);
			this.conversations.mute(conversation.id(), muted, staff.id(), now);
		});
		return found;
	}

	private static Optional<ToTeacher.Outcome> check(String body) {
		if (body.isEmpty()) {
			return Optional.of(ToTeacher.Outcome.EMPTY);
		}
		return (body.length() > MAX_LENGTH) ? Optional.of(ToTeacher.Outcome.TOO_LONG) : Optional.empty();
	}

	private Optional<ToTeacher.Outcome> limit(GuardianId guardian, Instant now) {
		if (this.conversations.fromGuardianSince(guardian, now.minus(Duration.ofDays(1))) >= PER_DAY) {
			return Optional.of(ToTeacher.Outcome.DAILY_LIMIT);
		}
		if (this.conversations.fromGuardianSince(guardian, now.minus(Duration.ofHours(1))) >= PER_HOUR) {
			return Optional.of(ToTeacher.Outcome.HOURLY_LIMIT);
		}
		return Optional.empty();
	}

	/**
	 * The class teacher's notice: the parent's name, the child and class, and the text.
	 */
	private String notice(Parties parties, String body) {
		return this.messages.renderHtml(parties.classTeacherLanguage().locale(), "relay.to_teacher", Map.of("guardian",
				parties.guardianName(), "child", parties.childName(), "class", parties.className(), "text", body));
	}

	private List<List<Button>> buttons(Parties parties) {
		var locale = parties.classTeacherLanguage().locale();
		return List.of(
				List.of(new Button(this.messages.render(locale, "relay.reply_button"),
						RelayButtons.reply(parties.guardian(), parties.student()))),
				List.of(new Button(this.messages.render(locale, "relay.mute_button"),
						RelayButtons.mute(parties.guardian(), parties.student(), true))));
	}

}
