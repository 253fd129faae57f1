package org.classbell.notifier.outbox;

import java.time.Instant;
import java.util.List;

import org.classbell.store.GuardianId;
import org.classbell.store.SqlArrays;
import org.classbell.store.Timestamps;
import org.classbell.store.chat.ChatUnlinked;
import org.classbell.store.consent.ConsentWithdrawn;
import org.classbell.store.consent.Purpose;
import org.classbell.store.privacy.ErasingGuardian;
import org.classbell.store.roster.RosterImported;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A withdrawal is honoured at once: in the transaction that records it, every message
 * still queued for the guardian on the channels concerned (held by quiet hours or not) is
 * cancelled, with the reason. Messages a dispatcher is claiming at that moment are
 * skipped here (so that neither waits for the other) and cancelled by the claim's own
 * check, which waits for this transaction ({@code ClaimChecks}).
 */
@Component
class Withdrawals {

	private final JdbcClient jdbc;

	Withdrawals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ConsentWithdrawn withdrawn) {
		String source = withdrawn.source().code();
		if (withdrawn.purpose() == Purpose.PROCESSING) {
			cancel(withdrawn.guardians(), List.of("telegram", "max", "sms"),
					"the guardian's consent to data processing was withdrawn (" + source + ")", withdrawn.at());
		}
		else {
			cancel(withdrawn.guardians(), List.of("sms"), "the guardian withdrew consent to SMS (" + source + ")",
					withdrawn.at());
		}
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ChatUnlinked unlinked) {
		cancel(List.of(unlinked.guardian()), List.of(unlinked.messenger().code()),
				"the guardian unlinked their " + unlinked.messenger().displayName(), unlinked.at());
	}

	/**
	 * Blanks the text and address of every message written to a guardian whose data is
	 * being erased, cancels those still queued, and takes phone numbers out of their
	 * errors (a provider's error may repeat the number); blanks too what staff were told
	 * of them. Waits for a claim that holds some of them: the erasure has not locked the
	 * guardian yet, so the claim can finish.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ErasingGuardian erasing) {
		this.jdbc.sql("""
				update notification
				set body = '', sms_body = null, address = '', updated_at = :now,
				    error = case when status = 'queued' then :reason
				                 else regexp_replace(error, '[+]?[0-9][0-9 ()-]{5,}[0-9]', '…', 'g') end,
				    status = case when status = 'queued' then 'cancelled' else status end
				where guardian_id = :guardian
				""")
			.param("now", Timestamps.of(erasing.at()))
			.param("reason", "the guardian's personal data was erased")
			.param("guardian", erasing.guardian().value())
			.update();
		// what staff were told of the guardian: their messages and answers (about their
		// children, by topic), and poll results that name them among those who did not
		// answer
		this.jdbc.sql("""
				update notification n
				set body = '', buttons = null, updated_at = :now,
				    status = case when n.status = 'queued' then 'cancelled' else n.status end,
				    error = case when n.status = 'queued' then :reason else n.error end
				from guardian g
				where g.id = :guardian and n.school_id = g.school_id and n.staff_id is not null
				  and (n.topic like 'parent:' || g.id || ':%'
				       or (n.kind = 'poll_results' and strpos(n.body, g.full_name) > 0))
				""")
			.param("now", Timestamps.of(erasing.at()))
			.param("reason", "the guardian's personal data was erased")
			.param("guardian", erasing.guardian().value())
			.update();
	}

	/**
	 * Cancels what is queued for the school's guardians who have no active child left.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(RosterImported imported) {
		// a dispatcher's claim waits for these guardians' rows, and then sees them
		// dropped
		this.jdbc.sql("""
				select g.id from guardian g
				where g.school_id = ? and g.erased_at is null
				  and not exists (select 1 from student_guardian sg join student s on s.id = sg.student_id
				                  where sg.guardian_id = g.id and s.active)
				  and exists (select 1 from notification n where n.guardian_id = g.id and n.status = 'queued')
				order by g.id for no key update of g
				""").param(imported.school().value()).query(Long.class).list();
		this.jdbc.sql("""
				update notification set status = 'cancelled', error = :reason, updated_at = :now
				where id in (select n.id from notification n
				             where n.school_id = :school and n.status = 'queued' and n.guardian_id is not null
				               and not exists (select 1 from student_guardian sg join student s on s.id = sg.student_id
				                               where sg.guardian_id = n.guardian_id and s.active)
				             for update skip locked)
				""")
			.param("reason", "the guardian was dropped from the roster")
			.param("now", Timestamps.of(imported.at()))
			.param("school", imported.school().value())
			.update();
	}

	private void cancel(List<GuardianId> guardians, List<String> channels, String reason, Instant now) {
		this.jdbc
			.sql("""
					update notification set status = 'cancelled', error = :reason, updated_at = :now
					where id in (select id from notification
					             where guardian_id = any(cast(:guardians as bigint[])) and channel in (:channels) and status = 'queued'
					             for update skip locked)
					""")
			.param("reason", reason)
			.param("now", Timestamps.of(now))
			.param("guardians", SqlArrays.literal(guardians.stream().map(GuardianId::value).toList()))
			.param("channels", channels)
			.update();
	}

}
