package org.classbell.store.chat;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.classbell.store.ChatUser;
import org.classbell.store.GuardianId;
import org.classbell.store.Messenger;
import org.classbell.store.SqlArrays;
import org.classbell.store.StaffId;
import org.classbell.store.Timestamps;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which messenger accounts belong to which staff member or guardian. A person has at most
 * one account in each messenger; an account is at most one staff member and one guardian
 * in each school (a teacher may be a parent too, and one bot serves a city's schools: a
 * teacher of two schools links both staff records to one account).
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
	 * Links the account to the staff member, replacing any account they had before in
	 * that messenger, and any staff member of the same school the account was linked to
	 * before; its links in other schools stay.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void link(StaffId staff, ChatUser user, long chatId, Instant at) {
		this.jdbc.sql("""
				delete from chat_link where staff_id is not null and messenger = :messenger
				and (staff_id = :staff
				     or user_id = :user and school_id = (select school_id from staff where id = :staff))
				""")
			.param("messenger", user.messenger().code())
			.param("staff", staff.value())
			.param("user", user.id())
			.update();
		this.jdbc.sql("insert into chat_link (messenger, user_id, chat_id, staff_id, linked_at) values (?, ?, ?, ?, ?)")
			.params(user.messenger().code(), user.id(), chatId, staff.value(), Timestamps.of(at))
			.update();
	}

	/**
	 * Links the account to the guardian, replacing any account they had before in that
	 * messenger, and any guardian of the same school the account was linked to before;
	 * its links in other schools stay.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void link(GuardianId guardian, ChatUser user, long chatId, Instant at) {
		this.jdbc.sql("""
				delete from chat_link where guardian_id is not null and messenger = :messenger
				and (guardian_id = :guardian
				     or user_id = :user and school_id = (select school_id from guardian where id = :guardian))
				""")
			.param("messenger", user.messenger().code())
			.param("guardian", guardian.value())
			.param("user", user.id())
			.update();
		this.jdbc
			.sql("insert into chat_link (messenger, user_id, chat_id, guardian_id, linked_at) values (?, ?, ?, ?, ?)")
			.params(user.messenger().code(), user.id(), chatId, guardian.value(), Timestamps.of(at))
			.update();
	}

	/**
	 * Records that the guardians behind the account confirmed consent to data processing
	 * in its messenger.
	 * @return the guardians whose consent is new
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<GuardianId> consent(ChatUser user, Instant at) {
		return this.jdbc.sql("""
				update chat_link set consented_at = ?
				where messenger = ? and user_id = ? and guardian_id is not null and consented_at is null
				returning guardian_id
				""")
			.params(Timestamps.of(at), user.messenger().code(), user.id())
			.query((row, index) -> new GuardianId(row.getLong(1)))
			.list();
	}

	/**
	 * Unlinks the guardian from every messenger they linked, and says so with a
	 * {@link ChatUnlinked} for each. A guardian is of one school: the accounts' links in
	 * other schools stay.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void unlinkGuardian(GuardianId guardian, Instant at) {
		// a dispatcher's claim waits for the guardian's row, and then sees the links gone
		this.jdbc.sql("select id from guardian where id = ? for no key update")
			.param(guardian.value())
			.query(Long.class)
			.list();
		this.jdbc.sql("delete from chat_link where guardian_id = ? returning messenger")
			.param(guardian.value())
			.query(String.class)
			.list()
			.forEach((messenger) -> this.events.publishEvent(new ChatUnlinked(guardian, Messenger.of(messenger), at)));
	}

	/**
	 * The messengers the guardian linked and confirmed consent in, the one linked last
	 * first.
	 */
	public List<Messenger> messengers(GuardianId guardian) {
		return this.jdbc.sql("""
				select messenger from chat_link where guardian_id = ? and consented_at is not null
				order by linked_at desc, id desc
				""").param(guardian.value()).query((row, index) -> Messenger.of(row.getString(1))).list();
	}

	public boolean isLinked(StaffId staff) {
		return this.jdbc.sql("select exists (select 1 from chat_link where staff_id = ?)")
			.param(staff.value())
			.query(Boolean.class)
			.single();
	}

	public boolean isLinked(GuardianId guardian) {
		return this.jdbc.sql("select exists (select 1 from chat_link where guardian_id = ?)")
			.param(guardian.value())
			.query(Boolean.class)
			.single();
	}

	/**
	 * Those of the guardians who have a messenger linked.
	 */
	public Set<GuardianId> linked(Collection<GuardianId> guardians) {
		return Set
			.copyOf(this.jdbc.sql("select guardian_id from chat_link where guardian_id = any(cast(? as bigint[]))")
				.param(SqlArrays.literal(guardians.stream().map(GuardianId::value).toList()))
				.query((row, index) -> new GuardianId(row.getLong(1)))
				.list());
	}

}
