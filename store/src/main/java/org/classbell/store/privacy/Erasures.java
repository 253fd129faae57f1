package org.classbell.store.privacy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.classbell.store.Actor;
import org.classbell.store.ChatUser;
import org.classbell.store.GuardianId;
import org.classbell.store.Messenger;
import org.classbell.store.SchoolId;
import org.classbell.store.Timestamps;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.consent.ConsentChange;
import org.classbell.store.consent.ConsentLedger;
import org.classbell.store.consent.ConsentSource;
import org.classbell.store.consent.Purpose;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a guardian's personal data: their name, phone and settings are blanked, their
 * Telegram link, invite codes, links to their children and conversations with class
 * teachers removed, and their values taken out of the audit log's before and after rows.
 * Their consent to processing is recorded as withdrawn, and the erasure itself (who,
 * when, why) is recorded, without the erased data. The school's journal about the child
 * and anonymous counts stay. An erased guardian is never messaged again:
 * {@link ErasingGuardian} cancels and blanks their messages, and the dispatcher refuses
 * any row still queued for them.
 */
@Service
public class Erasures {

	/**
	 * What the audit log's rows of the guardian table hold of the person and their
	 * settings.
	 */
	private static final String GUARDIAN_KEYS = "array['full_name', 'name_key', 'phone', 'phone_flag_reason', "
			+ "'language', 'preferred_channel', 'report_frequency', 'quiet_from', 'quiet_to', 'digest_at']";

	/**
	 * What the audit log's rows of messenger links and invite codes hold of a person (the
	 * links' user column was {@code telegram_user_id} before MAX came).
	 */
	private static final String ACCOUNT_KEYS = "array['user_id', 'telegram_user_id', 'chat_id', 'used_by']";

	/** The audit log's names of the links' table, before MAX came and since. */
	private static final String LINK_ENTITIES = "'telegram_link', 'chat_link', 'invite_code'";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ConsentLedger consents;

	private final ApplicationEventPublisher events;

	Erasures(JdbcClient jdbc, AuditTrail audit, ConsentLedger consents, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.consents = consents;
		this.events = events;
	}

	/**
	 * Erases the data of the school's guardian; a guardian erased before is left as it
	 * is.
	 * @return when the guardian's data was erased, or nothing when the school has no such
	 * guardian
	 */
	@Transactional
	public Optional<Instant> erase(SchoolId school, GuardianId guardian, String reason, Actor actor, Instant at) {
		// as PostgreSQL keeps it, so that a second erasure answers the same time
		Instant now = at.truncatedTo(ChronoUnit.MICROS);
		Optional<Optional<Instant>> found = erasedAt(school, guardian, "");
		if (found.isEmpty() || found.get().isPresent()) {
			return found.map(Optional::get);
		}
		this.audit.actAs(actor);
		this.events.publishEvent(new ErasingGuardian(guardian, now));
		Optional<Instant> before = erasedAt(school, guardian, "for update").orElseThrow();
		if (before.isPresent()) {
			return before;
		}
		this.consents.record(ConsentChange.withdrawn(guardian, Purpose.PROCESSING, ConsentSource.ADMIN, "erased"), now);
		this.jdbc.sql("""
				update guardian set full_name = '', name_key = '', phone = null, phone_flagged_at = null,
				                    phone_flag_reason = null, preferred_channel = null, report_frequency = 'none',
				                    quiet_from = null, quiet_to = null, digest_at = null, digest_done_on = null,
				                    erased_at = :now, updated_at = :now
				where id = :guardian
				""").param("now", Timestamps.of(now)).param("guardian", guardian.value()).update();
		List<ChatUser> accounts = forgetAccounts(guardian);
		this.jdbc.sql("delete from invite_code where guardian_id = ?").param(guardian.value()).update();
		this.jdbc.sql("delete from student_guardian where guardian_id = ?").param(guardian.value()).update();
		this.jdbc.sql("""
				delete from relay_message
				where conversation_id in (select id from relay_conversation where guardian_id = ?)
				""").param(guardian.value()).update();
		this.jdbc.sql("delete from relay_conversation where guardian_id = ?").param(guardian.value()).update();
		scrubAuditLog(guardian, accounts);
		this.jdbc.sql("insert into erasure (guardian_id, actor, reason, at) values (?, ?, ?, ?)")
			.params(guardian.value(), actor.name(), reason, Timestamps.of(now))
			.update();
		return Optional.of(now);
	}

	/**
	 * Whether the school has the guardian (outer), and when their data was erased
	 * (inner).
	 */
	private Optional<Optional<Instant>> erasedAt(SchoolId school, GuardianId guardian, String lock) {
		return this.jdbc.sql("select erased_at from guardian where id = ? and school_id = ? " + lock)
			.params(guardian.value(), school.value())
			.query((row, rowNum) -> Optional.ofNullable(row.getObject("erased_at", OffsetDateTime.class))
				.map(OffsetDateTime::toInstant))
			.optional();
	}

	/**
	 * Removes the guardian's messenger links, the parent's open choices in the bot (which
	 * hold what the parent wrote), and what else the bot kept of those accounts unless
	 * they are still linked (to a staff member, or to a guardian of another school).
	 */
	private List<ChatUser> forgetAccounts(GuardianId guardian) {
		List<ChatUser> users = this.jdbc.sql("delete from chat_link where guardian_id = ? returning messenger, user_id")
			.param(guardian.value())
			.query((row, index) -> new ChatUser(Messenger.of(row.getString("messenger")), row.getLong("user_id")))
			.list();
		for (ChatUser user : users) {
			this.jdbc
				.sql("""
						delete from bot_pending p where p.messenger = ? and p.user_id = ?
						and (p.kind in ('relay_child', 'mydata')
						     or not exists (select 1 from chat_link l where l.messenger = p.messenger and l.user_id = p.user_id))
						""")
				.params(user.messenger().code(), user.id())
				.update();
			this.jdbc.sql("""
					delete from chat_account a where a.messenger = ? and a.user_id = ?
					and not exists (select 1 from chat_link l where l.messenger = a.messenger and l.user_id = a.user_id)
					""").params(user.messenger().code(), user.id()).update();
		}
		return users;
	}

	/**
	 * Takes the guardian's values out of the audit log, including the rows this erasure
	 * itself just caused.
	 */
	private void scrubAuditLog(GuardianId guardian, List<ChatUser> accounts) {
		this.jdbc
			.sql("update audit_log set before = before - " + GUARDIAN_KEYS + ", after = after - " + GUARDIAN_KEYS
					+ " where entity = 'guardian' and entity_id = ?")
			.param(guardian.value())
			.update();
		this.jdbc
			.sql("update audit_log set before = before - " + ACCOUNT_KEYS + ", after = after - " + ACCOUNT_KEYS
					+ " where entity in (" + LINK_ENTITIES + ")"
					+ " and (before ->> 'guardian_id' = :guardian or after ->> 'guardian_id' = :guardian)")
			.param("guardian", String.valueOf(guardian.value()))
			.update();
		// the code was used before the account was linked, so the actor named the account
		for (ChatUser account : accounts) {
			this.jdbc
				.sql("update audit_log set actor = 'erased' where entity in (" + LINK_ENTITIES + ") and actor = :actor"
						+ " and (before ->> 'guardian_id' = :guardian or after ->> 'guardian_id' = :guardian)")
				.param("actor", Actor.chat(account).name())
				.param("guardian", String.valueOf(guardian.value()))
				.update();
		}
	}

}
