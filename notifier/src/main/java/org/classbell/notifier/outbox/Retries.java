package org.classbell.notifier.outbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.classbell.store.Actor;
import org.classbell.store.SchoolId;
import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts failed notifications back in the queue at a person's request, with a fresh set of
 * attempts, unless a retry cannot succeed or would reach a guardian against their wishes
 * (the checks the dispatcher makes when it claims a message, {@code ClaimChecks}, made
 * beforehand so that the person is told why). Only failed notifications are retried: one
 * that was sent or delivered never is. Each retry is written to the audit log with who
 * asked for it.
 */
@Repository
public class Retries {

	/**
	 * Why the notification {@code n} (with its guardian {@code g}, if any) may not be
	 * retried, as a {@link Refusal} code; {@code null} when it may.
	 */
	static final String REFUSAL = """
			case
			    when n.status <> 'failed' then 'not_failed'
			    when g.id is not null and g.erased_at is not null then 'erased'
			    when g.id is not null and not exists (select 1 from student_guardian sg
			         join student x on x.id = sg.student_id where sg.guardian_id = g.id and x.active) then 'off_roster'
			    when n.channel = 'sms' and g.id is not null and g.opted_out_at is not null then 'opted_out'
			    when n.channel = 'sms' and g.id is not null and g.consent_at is null then 'no_consent'
			    when n.channel = 'sms' and g.id is not null and g.phone_flagged_at is not null then 'phone_flagged'
			    when n.channel = 'sms' and g.id is not null and g.phone is distinct from n.address then 'phone_changed'
			    when n.channel <> 'sms' and g.id is not null and not exists (select 1 from chat_link cl
			         where cl.guardian_id = g.id and cl.messenger = n.channel and cl.chat_id::text = n.address
			           and cl.consented_at is not null)
			         then 'telegram_gone'
			    when n.guardian_id is not null and n.topic is not null and exists (select 1 from notification o
			         where o.guardian_id = n.guardian_id and o.topic = n.topic and o.id > n.id
			           and o.status in ('queued', 'sending', 'sent', 'delivered')) then 'superseded'
			end""";

	private final JdbcClient jdbc;

	Retries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Retries those of the notifications (of the school) that may be retried: status
	 * {@code queued}, due now, attempts from zero, no error; audited as the actor.
	 * @return how many were retried, and how many were refused for each reason
	 */
	@Transactional
	public Retried retry(SchoolId school, List<NotificationId> notifications, Actor actor, Instant now) {
		if (notifications.isEmpty()) {
			return new Retried(0, Map.of());
		}
		List<Checked> checked = this.jdbc.sql("""
				select n.id, %s as refusal
				from notification n left join guardian g on g.id = n.guardian_id
				where n.school_id = :school and n.id in (:ids)
				order by n.id
				for update of n
				""".formatted(REFUSAL))
			.param("school", school.value())
			.param("ids", notifications.stream().map(NotificationId::value).toList())
			.query((row, index) -> new Checked(row.getLong("id"), Refusal.of(row.getString("refusal"))))
			.list();
		List<Long> retried = checked.stream().filter((one) -> one.refusal() == null).map(Checked::id).toList();
		Map<Refusal, Integer> refused = new LinkedHashMap<>();
		checked.stream()
			.filter((one) -> one.refusal() != null)
			.forEach((one) -> refused.merge(one.refusal(), 1, Integer::sum));
		if (!retried.isEmpty()) {
			this.jdbc.sql("""
					with before as (
					    select id, to_jsonb(n) - 'body' - 'sms_body' - 'address' as row
					    from notification n where id in (:ids) and status = 'failed'
					), changed as (
					    update notification n
					    set status = 'queued', attempts = 0, next_attempt_at = :now, error = null, claimed_by = null,
					        lease_until = null, updated_at = :now
					    from before where n.id = before.id
					    returning n.id, to_jsonb(n) - 'body' - 'sms_body' - 'address' as row
					)
					insert into audit_log (at, actor, action, entity, entity_id, before, after)
					select :now, :actor, 'update', 'notification', changed.id, before.row, changed.row
					from changed join before on before.id = changed.id
					""").param("ids", retried).param("now", Timestamps.of(now)).param("actor", actor.name()).update();
		}
		return new Retried(retried.size(), refused);
	}

	private record Checked(long id, Refusal refusal) {

	}

	/**
	 * What a retry did: how many notifications went back to the queue, and how many were
	 * refused for each reason.
	 */
	public record Retried(int retried, Map<Refusal, Integer> refused) {

		public Retried {
			refused = Map.copyOf(refused);
		}

	}

	/**
	 * Why a notification is not retried.
	 */
	public enum Refusal {

		/** It did not fail (it was sent, delivered, is queued, or was cancelled). */
		NOT_FAILED,
		/** The guardian's personal data was erased. */
		ERASED,
		/** The guardian's children left the roster. */
		OFF_ROSTER,
		/** The guardian answered STOP to SMS or opted out. */
		OPTED_OUT,
		/** The guardian has no consent to SMS (any more). */
		NO_CONSENT,
		/** The phone number was flagged as one that cannot take SMS. */
		PHONE_FLAGGED,
		/**
		 * The guardian's phone number changed since: the message would go to the old one.
		 */
		PHONE_CHANGED,
		/** The Telegram chat was unlinked (the bot blocked) or its consent withdrawn. */
		TELEGRAM_GONE,
		/** A later message of the same topic reached or is reaching the guardian. */
		SUPERSEDED;

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Refusal of(String code) {
			return (code != null) ? valueOf(code.toUpperCase(Locale.ROOT)) : null;
		}

	}

}
