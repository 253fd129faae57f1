package org.classbell.store.chat;

import org.springframework.context.ApplicationEventPublisher;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.classbell.store.GuardianId;
import org.classbell.store.SqlArrays;
import org.classbell.store.StaffId;
import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which Telegram account belongs to which staff member or guardian. A person has at most
 * one account; an account is at most one staff member and one guardian (a teacher may be
 * a parent too).
 */
@Repository
public class ChatLinks {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ChatLinks(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Links the account to the staff member, replacing any account they had before.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void link(StaffId staff, long telegramUserId, long chatId, Instant at) {
		this.jdbc.sql("delete from telegram_link where staff_id is not null and (telegram_user_id = ? or staff_id = ?)")
			.params(telegramUserId, staff.value())
			.update();
		this.jdbc.sql("insert into telegram_link (telegram_user_id, chat_id, staff_id, linked_at) values (?, ?, ?, ?)")
			.params(telegramUserId, chatId, staff.value(), Timestamps.of(at))
			.update();
	}

	/**
	 * Links the account to the guardian, replacing any account they had before.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void link(GuardianId guardian, long telegramUserId, long chatId, Instant at) {
		this.jdbc.sql(
				"delete from telegram_link where guardian_id is not null and (telegram_user_id = ? or guardian_id = ?)")
			.params(telegramUserId, guardian.value())
			.update();
		this.jdbc
			.sql("insert into telegram_link (telegram_user_id, chat_id, guardian_id, linked_at) values (?, ?, ?, ?)")
			.params(telegramUserId, chatId, guardian.value(), Timestamps.of(at))
			.update();
	}

	/**
	 * Records that the guardian behind the account confirmed consent to data processing
	 * in Telegram.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void consent(long telegramUserId, Instant at) {
		this.jdbc.sql(
				"update telegram_link set consented_at = ? where telegram_user_id = ? and guardian_id is not null and consented_at is null")
			.params(Timestamps.of(at), telegramUserId)
			.update();
	}

	/**
	 * Unlinks the account from its guardian, and says so with {@link ChatUnlinked}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void unlinkGuardian(long telegramUserId, Instant at) {
		// a dispatcher's claim waits for the guardian's row, and then sees the link gone
		this.jdbc.sql("""
				select g.id from guardian g join telegram_link l on l.guardian_id = g.id
				where l.telegram_user_id = ? for no key update of g
				""").param(telegramUserId).query(Long.class).list();
		this.jdbc.sql(
				"delete from telegram_link where telegram_user_id = ? and guardian_id is not null returning guardian_id")
			.param(telegramUserId)
			.query(Long.class)
			.list()
			.forEach((guardian) -> this.events.publishEvent(new ChatUnlinked(new GuardianId(guardian), at)));
	}

	/**
	 * The chat to reach a guardian in, if they linked Telegram and confirmed consent
	 * there.
	 */
	public Optional<Long> chatOf(GuardianId guardian) {
		return this.jdbc.sql("select chat_id from telegram_link where guardian_id = ? and consented_at is not null")
			.param(guardian.value())
			.query(Long.class)
			.optional();
	}

	public boolean isLinked(StaffId staff) {
		return this.jdbc.sql("select exists (select 1 from telegram_link where staff_id = ?)")
			.param(staff.value())
			.query(Boolean.class)
			.single();
	}

	public boolean isLinked(GuardianId guardian) {
		return this.jdbc.sql("select exists (select 1 from telegram_link where guardian_id = ?)")
			.param(guardian.value())
			.query(Boolean.class)
			.single();
	}

	/**
	 * Those of the guardians who have Telegram linked.
	 */
	public Set<GuardianId> linked(Collection<GuardianId> guardians) {
		return Set
			.copyOf(this.jdbc.sql("select guardian_id from telegram_link where guardian_id = any(cast(? as bigint[]))")
				.param(SqlArrays.literal(guardians.stream().map(GuardianId::value).toList()))
				.query((row, index) -> new GuardianId(row.getLong(1)))
				.list());
	}

}
