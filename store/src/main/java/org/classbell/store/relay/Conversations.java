package org.classbell.store.relay;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.classbell.store.ClassId;
import org.classbell.store.GuardianId;
import org.classbell.store.Language;
import org.classbell.store.PersonName;
import org.classbell.store.SchoolId;
import org.classbell.store.StaffId;
import org.classbell.store.StudentId;
import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversations between guardians and class teachers about children, and the messages
 * relayed in them. A guardian's conversations go when their data is erased
 * ({@code store.privacy.Erasures}).
 */
@Repository
public class Conversations {

	private final JdbcClient jdbc;

	Conversations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The guardian, the child and its class teacher, where the guardian is a guardian of
	 * that active child; empty for any other pair (a forged button, a child moved away).
	 */
	public Optional<Parties> parties(GuardianId guardian, StudentId student) {
		return this.jdbc
			.sql("""
					select s.school_id, g.id as guardian_id, g.full_name, s.id as student_id, s.first_name, c.id as class_id,
					       c.name as class_name, st.id as staff_id, st.last_name, st.first_name as staff_first,
					       st.middle_name, st.language
					from student s
					join student_guardian sg on sg.student_id = s.id
					join guardian g on g.id = sg.guardian_id and g.school_id = s.school_id and g.erased_at is null
					join school_class c on c.id = s.class_id
					left join class_teacher ct on ct.class_id = c.id
					left join staff st on st.id = ct.staff_id and st.active
					where s.id = ? and g.id = ? and s.active
					""")
			.params(student.value(), guardian.value())
			.query((row, index) -> {
				Long staff = (Long) row.getObject("staff_id");
				return new Parties(new SchoolId(row.getLong("school_id")), new GuardianId(row.getLong("guardian_id")),
						row.getString("full_name"), new StudentId(row.getLong("student_id")),
						row.getString("first_name"), new ClassId(row.getLong("class_id")), row.getString("class_name"),
						(staff != null) ? new StaffId(staff) : null,
						(staff != null) ? new PersonName(row.getString("last_name"), row.getString("staff_first"),
								row.getString("middle_name")) : null,
						(staff != null) ? Language.of(row.getString("language")) : null);
			})
			.optional();
	}

	/**
	 * The conversation of the guardian about the child, begun now if there was none,
	 * locked until the transaction ends.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Conversation open(SchoolId school, GuardianId guardian, StudentId student, Instant now) {
		this.jdbc.sql("""
				insert into relay_conversation (school_id, guardian_id, student_id, created_at, last_at)
				values (?, ?, ?, ?, ?) on conflict (guardian_id, student_id) do nothing
				""")
			.params(school.value(), guardian.value(), student.value(), Timestamps.of(now), Timestamps.of(now))
			.update();
		return this.jdbc.sql("""
				select id, muted_at from relay_conversation where guardian_id = ? and student_id = ? for update
				""")
			.params(guardian.value(), student.value())
			.query((row, index) -> new Conversation(new ConversationId(row.getLong("id")),
					Timestamps.instant(row, "muted_at")))
			.single();
	}

	/**
	 * How many messages the guardian had relayed (or kept) to class teachers since then,
	 * about any child.
	 */
	public int fromGuardianSince(GuardianId guardian, Instant since) {
		return this.jdbc.sql("""
				select count(*) from relay_message m join relay_conversation c on c.id = m.conversation_id
				where c.guardian_id = ? and m.direction = 'to_teacher' and m.created_at >= ?
				""").params(guardian.value(), Timestamps.of(since)).query(Integer.class).single();
	}

	/**
	 * Keeps a message of the conversation.
	 * @param staff the author of a reply, or the class teacher a parent's message went to
	 * (or {@code null})
	 * @param channel the channel it came by: {@code telegram}, {@code max} or {@code sms}
	 * @param notifications the notifications that carry it
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(ConversationId conversation, Direction direction, StaffId staff, RelayStatus status,
			String channel, String body, List<Long> notifications, Instant now) {
		this.jdbc.sql("""
				insert into relay_message (conversation_id, direction, staff_id, status, channel, body,
				                           notification_ids, created_at)
				values (?, ?, ?, ?, ?, ?, cast(? as bigint[]), ?)
				""")
			.params(conversation.value(), direction.code(), (staff != null) ? staff.value() : null, status.code(),
					channel, body, notifications.toArray(Long[]::new), Timestamps.of(now))
			.update();
		this.jdbc.sql("update relay_conversation set last_at = ? where id = ?")
			.params(Timestamps.of(now), conversation.value())
			.update();
	}

	/**
	 * Mutes the conversation (or unmutes it), when it is not already so; the caller names
	 * the actor for the audit log.
	 * @return whether it changed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean mute(ConversationId conversation, boolean muted, StaffId by, Instant now) {
		if (muted) {
			return this.jdbc.sql("""
					update relay_conversation set muted_at = ?, muted_by = ? where id = ? and muted_at is null
					""").params(Timestamps.of(now), by.value(), conversation.value()).update() > 0;
		}
		// who unmuted it, and when, the audit log has
		return this.jdbc.sql("""
				update relay_conversation set muted_at = null, muted_by = null where id = ? and muted_at is not null
				""").param(conversation.value()).update() > 0;
	}

	/**
	 * Which of these guardians wrote with a class teacher last, and when: how a phone
	 * known in several schools is told which school its SMS is about.
	 * @return the guardian and the time of the conversation's last message; empty when
	 * none of them has a conversation
	 */
	public Optional<Latest> latest(List<GuardianId> guardians) {
		if (guardians.isEmpty()) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select guardian_id, last_at from relay_conversation
				where guardian_id = any(cast(? as bigint[])) order by last_at desc, id desc limit 1
				""")
			.param(guardians.stream().map(GuardianId::value).toArray(Long[]::new))
			.query((row, index) -> new Latest(new GuardianId(row.getLong("guardian_id")),
					Timestamps.instant(row, "last_at")))
			.optional();
	}

	/**
	 * What the guardian and class teachers wrote each other, oldest first, for the
	 * guardian's export.
	 */
	public List<Exchanged> ofGuardian(GuardianId guardian) {
		return this.jdbc.sql("""
				select m.created_at, s.first_name, cl.name as class_name, m.direction, m.status, m.channel, m.body
				from relay_message m
				join relay_conversation c on c.id = m.conversation_id
				join student s on s.id = c.student_id
				join school_class cl on cl.id = s.class_id
				where c.guardian_id = ?
				order by m.created_at, m.id
				""")
			.param(guardian.value())
			.query((row, index) -> new Exchanged(Timestamps.instant(row, "created_at"), row.getString("first_name"),
					row.getString("class_name"), row.getString("direction"), row.getString("status"),
					row.getString("channel"), row.getString("body")))
			.list();
	}

	/**
	 * A conversation as a message to it finds it.
	 *
	 * @param id the conversation
	 * @param mutedAt when the class teacher muted it, or {@code null}
	 */
	public record Conversation(ConversationId id, Instant mutedAt) {

		public boolean muted() {
			return this.mutedAt != null;
		}

	}

	/**
	 * The conversation that went on last of some guardians'.
	 *
	 * @param guardian whose it is
	 * @param at when its last message was written
	 */
	public record Latest(GuardianId guardian, Instant at) {

	}

	/**
	 * A message between a guardian and a class teacher, as the guardian's export lists
	 * it.
	 *
	 * @param at when it was written
	 * @param child the child it was about
	 * @param className the child's class
	 * @param direction {@code to_teacher} or {@code to_parent}
	 * @param status {@code relayed}, {@code muted} (kept, not passed on) or
	 * {@code no_teacher}
	 * @param channel how it came: {@code telegram}, {@code max} or {@code sms}
	 * @param body its text, or empty where it was blanked
	 */
	public record Exchanged(Instant at, String child, String className, String direction, String status, String channel,
			String body) {

	}

}
