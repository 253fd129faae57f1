package org.classbell.notifier.dispatch;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.classbell.notifier.outbox.Channel;
import org.classbell.notifier.outbox.NotificationId;
import org.classbell.store.Actor;
import org.classbell.store.GuardianId;
import org.classbell.store.Messenger;
import org.classbell.store.Timestamps;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.consent.ConsentChange;
import org.classbell.store.consent.ConsentLedger;
import org.classbell.store.consent.ConsentSource;
import org.classbell.store.consent.Purpose;
import org.classbell.store.roster.Guardians;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a permanent failure changes beyond the message: a messenger chat that is gone is
 * unlinked, and the message and the guardian's other queued messages in that messenger go
 * by the other messenger instead where the guardian linked it and confirmed consent
 * there, else by SMS where SMS is on and the guardian has a phone and consent; an SMS
 * opt-out is recorded; an invalid number is flagged for the admin. In the last two cases
 * the guardian's other queued SMS are cancelled.
 */
@Component
public class Consequences {

	private static final Actor DISPATCHER = new Actor("dispatcher");

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Guardians guardians;

	private final ConsentLedger consents;

	Consequences(JdbcClient jdbc, AuditTrail audit, Guardians guardians, ConsentLedger consents) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.guardians = guardians;
		this.consents = consents;
	}

	/**
	 * Applies what the failure of the notification means.
	 * @param notification the notification that failed
	 * @param guardian whom it was for, or {@code null} for staff
	 * @param channel the channel it went by
	 * @param address the chat id or phone it went to
	 * @param failure what failed
	 * @param on the channels this node can send by, for a fallback
	 * @param now the time
	 * @return what was done, to append to the error: {@code "; chat unlinked; sent by SMS
	 * instead"}, or empty
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public String apply(NotificationId notification, GuardianId guardian, Channel channel, String address,
			Outcome.Failed failure, Set<Channel> on, Instant now) {
		this.audit.actAs(DISPATCHER);
		switch (failure.consequence()) {
			case CHAT_UNREACHABLE -> {
				this.jdbc.sql("delete from chat_link where messenger = ? and chat_id = ?")
					.params(channel.code(), Long.parseLong(address))
					.update();
				if (guardian == null) {
					return "; chat unlinked";
				}
				Optional<Chat> other = otherChat(guardian, channel, on);
				if (other.isPresent()) {
					return "; chat unlinked; " + moveToChat(notification, guardian, channel, other.get(), now);
				}
				return "; chat unlinked; " + ((on.contains(Channel.SMS) && smsAllowed(guardian))
						? moveToSms(notification, guardian, channel, now) : "no SMS to fall back on");
			}
			case OPTED_OUT -> {
				if (guardian != null) {
					this.consents.record(
							ConsentChange.withdrawn(guardian, Purpose.SMS, ConsentSource.SMS, failure.error()), now);
					return "; opt-out recorded";
				}
			}
			case INVALID_NUMBER -> {
				if (guardian != null) {
					this.jdbc.sql("""
							update guardian set phone_flagged_at = ?, phone_flag_reason = ?, updated_at = ?
							where id = ? and phone_flagged_at is null
							""")
						.params(Timestamps.of(now), failure.error(), Timestamps.of(now), guardian.value())
						.update();
					cancelQueuedSms(guardian, "phone number flagged as invalid", now);
					return "; phone flagged for the admin";
				}
			}
			case NONE -> {
			}
		}
		return "";
	}

	/**
	 * The guardian's chat in a messenger other than the one that failed, where they
	 * confirmed consent and this node can send.
	 */
	private Optional<Chat> otherChat(GuardianId guardian, Channel failed, Set<Channel> on) {
		return this.jdbc.sql("""
				select messenger, chat_id from chat_link
				where guardian_id = ? and messenger <> ? and consented_at is not null
				order by linked_at desc
				""")
			.params(guardian.value(), failed.code())
			.query((row, index) -> new Chat(Channel.of(Messenger.of(row.getString("messenger"))),
					row.getLong("chat_id")))
			.stream()
			.filter((chat) -> on.contains(chat.channel()))
			.findFirst();
	}

	/**
	 * Queues the notification and the guardian's other queued messages of the failed
	 * messenger in the other one, with the same text (both take the same HTML), and
	 * cancels those still queued in the failed one.
	 */
	private String moveToChat(NotificationId notification, GuardianId guardian, Channel failed, Chat other,
			Instant now) {
		int moved = this.jdbc.sql("""
				insert into notification (school_id, guardian_id, staff_id, student_id, kind, channel, address, body,
				                          sms_body, topic, announcement_id, urgent, buttons, next_attempt_at,
				                          created_at, updated_at)
				select n.school_id, n.guardian_id, n.staff_id, n.student_id, n.kind, :channel, :address, n.body,
				       n.sms_body, n.topic, n.announcement_id, n.urgent, n.buttons, greatest(n.next_attempt_at, :now),
				       :now, :now
				from notification n
				where n.guardian_id = :guardian and n.channel = :failed and (n.id = :id or n.status = 'queued')
				""")
			.param("channel", other.channel().code())
			.param("address", String.valueOf(other.chatId()))
			.param("now", Timestamps.of(now))
			.param("guardian", guardian.value())
			.param("failed", failed.code())
			.param("id", notification.value())
			.update();
		String instead = other.channel().messenger().displayName();
		cancelQueued(guardian, failed,
				failed.messenger().displayName() + " unreachable; sent by " + instead + " instead", now);
		return (moved > 0) ? "sent by " + instead + " instead" : "nothing to send by " + instead;
	}

	private boolean smsAllowed(GuardianId guardian) {
		return this.guardians.settings(guardian).sms();
	}

	/**
	 * Queues the SMS form of the notification and of the guardian's other queued messages
	 * of the failed messenger, and cancels those still queued in it.
	 */
	private String moveToSms(NotificationId notification, GuardianId guardian, Channel failed, Instant now) {
		int moved = this.jdbc.sql("""
				insert into notification (school_id, guardian_id, staff_id, student_id, kind, channel, address, body,
				                          topic, announcement_id, urgent, next_attempt_at, created_at, updated_at)
				select n.school_id, n.guardian_id, n.staff_id, n.student_id, n.kind, 'sms', g.phone, n.sms_body,
				       n.topic, n.announcement_id, n.urgent, greatest(n.next_attempt_at, :now), :now, :now
				from notification n join guardian g on g.id = n.guardian_id
				where n.guardian_id = :guardian and n.channel = :failed and n.sms_body is not null
				  and (n.id = :id or n.status = 'queued')
				""")
			.param("failed", failed.code())
			.param("now", Timestamps.of(now))
			.param("guardian", guardian.value())
			.param("id", notification.value())
			.update();
		cancelQueued(guardian, failed, failed.messenger().displayName() + " unreachable; sent by SMS instead", now);
		return (moved > 0) ? "sent by SMS instead" : "no SMS text to fall back on";
	}

	private void cancelQueued(GuardianId guardian, Channel channel, String reason, Instant now) {
		this.jdbc.sql("""
				update notification set status = 'cancelled', error = :reason, updated_at = :now
				where guardian_id = :guardian and channel = :channel and status = 'queued'
				""")
			.param("reason", reason)
			.param("now", Timestamps.of(now))
			.param("guardian", guardian.value())
			.param("channel", channel.code())
			.update();
	}

	/**
	 * A guardian's chat in a messenger.
	 */
	private record Chat(Channel channel, long chatId) {

	}

	/**
	 * Cancels the guardian's queued SMS, skipping those a claim holds: the claim waits
	 * for the guardian's row, which this transaction changed, and cancels them itself
	 * ({@code ClaimChecks}).
	 */
	private void cancelQueuedSms(GuardianId guardian, String reason, Instant now) {
		this.jdbc.sql("""
				update notification set status = 'cancelled', error = :reason, updated_at = :now
				where id in (select id from notification
				             where guardian_id = :guardian and channel = 'sms' and status = 'queued'
				             for update skip locked)
				""")
			.param("reason", reason)
			.param("now", Timestamps.of(now))
			.param("guardian", guardian.value())
			.update();
	}

}
