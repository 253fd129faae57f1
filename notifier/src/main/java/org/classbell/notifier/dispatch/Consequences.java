package org.classbell.notifier.dispatch;

import org.classbell.store.consent.Purpose;
import org.classbell.store.consent.ConsentSource;
import org.classbell.store.consent.ConsentLedger;
import org.classbell.store.consent.ConsentChange;
import java.time.Instant;

import org.classbell.notifier.outbox.NotificationId;
import org.classbell.store.Actor;
import org.classbell.store.GuardianId;
import org.classbell.store.Timestamps;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.roster.Guardians;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a permanent failure changes beyond the message: a Telegram chat that is gone is
 * unlinked, and the message and the guardian's other queued Telegram messages go by SMS
 * instead where SMS is on and the guardian has a phone and consent; an SMS opt-out is
 * recorded; an invalid number is flagged for the admin. In the last two cases the
 * guardian's other queued SMS are cancelled.
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
	 * @param address the chat id or phone it went to
	 * @param failure what failed
	 * @param smsOn whether this node can send SMS
	 * @param now the time
	 * @return what was done, to append to the error: {@code "; chat unlinked; sent by SMS
	 * instead"}, or empty
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public String apply(NotificationId notification, GuardianId guardian, String address, Outcome.Failed failure,
			boolean smsOn, Instant now) {
		this.audit.actAs(DISPATCHER);
		switch (failure.consequence()) {
			case CHAT_UNREACHABLE -> {
				this.jdbc.sql("delete from telegram_link where chat_id = ?").param(Long.parseLong(address)).update();
				if (guardian == null) {
					return "; chat unlinked";
				}
				return "; chat unlinked; " + ((smsOn && smsAllowed(guardian)) ? moveToSms(notification, guardian, now)
						: "no SMS to fall back on");
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

	private boolean smsAllowed(GuardianId guardian) {
		return this.guardians.settings(guardian).sms();
	}

	/**
	 * Queues the SMS form of the notification and of the guardian's other queued Telegram
	 * messages, and cancels the Telegram ones still queued.
	 */
	private String moveToSms(NotificationId notification, GuardianId guardian, Instant now) {
		int moved = this.jdbc.sql("""
				insert into notification (school_id, guardian_id, staff_id, student_id, kind, channel, address, body,
				                          topic, announcement_id, urgent, next_attempt_at, created_at, updated_at)
				select n.school_id, n.guardian_id, n.staff_id, n.student_id, n.kind, 'sms', g.phone, n.sms_body,
				       n.topic, n.announcement_id, n.urgent, greatest(n.next_attempt_at, :now), :now, :now
				from notification n join guardian g on g.id = n.guardian_id
				where n.guardian_id = :guardian and n.channel = 'telegram' and n.sms_body is not null
				  and (n.id = :id or n.status = 'queued')
				""")
			.param("now", Timestamps.of(now))
			.param("guardian", guardian.value())
			.param("id", notification.value())
			.update();
		this.jdbc.sql("""
				update notification set status = 'cancelled', error = 'Telegram unreachable; sent by SMS instead',
				       updated_at = :now
				where guardian_id = :guardian and channel = 'telegram' and status = 'queued'
				""").param("now", Timestamps.of(now)).param("guardian", guardian.value()).update();
		return (moved > 0) ? "sent by SMS instead" : "no SMS text to fall back on";
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
