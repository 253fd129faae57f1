package org.classbell.notifier.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.classbell.notifier.sms.SmsForms;
import org.classbell.store.GuardianId;
import org.classbell.store.SchoolId;
import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes messages to the outbox, in the caller's transaction, and finds the last one of a
 * topic so that a change can update a queued message instead of adding another.
 */
@Repository
public class Outbox {

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues messages to be sent at the given time, in one batch.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(List<Message> messages, Instant sendAt, Instant now) {
		insert(messages, sendAt, now, false);
	}

	/**
	 * Queues messages that go to a guardian once per topic, such as a report for a
	 * period, in one batch; a message whose topic the guardian was already sent (or has
	 * queued) is left out.
	 * @return how many were queued
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int queueOnce(List<Message> messages, Instant sendAt, Instant now) {
		return insert(messages, sendAt, now, true);
	}

	/**
	 * Writes the messages with one statement, their columns as arrays: a report run's
	 * batch of hundreds costs PostgreSQL a third of what as many single-row inserts do.
	 */
	private int insert(List<Message> messages, Instant sendAt, Instant now, boolean once) {
		if (messages.isEmpty()) {
			return 0;
		}
		int n = messages.size();
		Long[] schools = new Long[n];
		Long[] guardians = new Long[n];
		Long[] students = new Long[n];
		String[] kinds = new String[n];
		String[] channels = new String[n];
		String[] addresses = new String[n];
		String[] bodies = new String[n];
		String[] smsBodies = new String[n];
		Integer[] segments = new Integer[n];
		Boolean[] urgent = new Boolean[n];
		String[] topics = new String[n];
		Long[] announcements = new Long[n];
		String[] dedupe = new String[n];
		String[] buttons = new String[n];
		for (int i = 0; i < n; i++) {
			Message message = messages.get(i);
			schools[i] = message.recipient().school().value();
			guardians[i] = message.recipient().guardian().value();
			students[i] = (message.student() != null) ? message.student().value() : null;
			kinds[i] = message.kind().code();
			channels[i] = message.recipient().channel().code();
			addresses[i] = message.recipient().address();
			bodies[i] = message.body();
			smsBodies[i] = message.smsBody();
			segments[i] = segments(message.recipient().channel(), message.body());
			urgent[i] = message.urgent();
			topics[i] = (message.topic() != null) ? message.topic().value() : null;
			announcements[i] = (message.announcement() != null) ? message.announcement().value() : null;
			dedupe[i] = once ? message.topic().value() + "/" + message.recipient().guardian().value() : null;
			buttons[i] = message.recipient().byMessenger() ? Button.toJson(message.buttons()) : null;
		}
		return this.jdbc.sql("""
				insert into notification (school_id, guardian_id, student_id, kind, channel, address, body, sms_body,
				                          segments, urgent, topic, announcement_id, dedupe_key, buttons,
				                          next_attempt_at, created_at, updated_at)
				select m.school_id, m.guardian_id, m.student_id, m.kind, m.channel, m.address, m.body, m.sms_body,
				       m.segments, m.urgent, m.topic, m.announcement_id, m.dedupe_key, cast(m.buttons as jsonb),
				       :sendAt, :now, :now
				from unnest(cast(:schools as bigint[]), cast(:guardians as bigint[]), cast(:students as bigint[]),
				            cast(:kinds as text[]), cast(:channels as text[]), cast(:addresses as text[]),
				            cast(:bodies as text[]), cast(:smsBodies as text[]), cast(:segments as integer[]),
				            cast(:urgent as boolean[]), cast(:topics as text[]), cast(:announcements as bigint[]),
				            cast(:dedupe as text[]), cast(:buttons as text[]))
				     as m(school_id, guardian_id, student_id, kind, channel, address, body, sms_body, segments, urgent,
				          topic, announcement_id, dedupe_key, buttons)
				on conflict (dedupe_key) do nothing
				""")
			.param("schools", schools)
			.param("guardians", guardians)
			.param("students", students)
			.param("kinds", kinds)
			.param("channels", channels)
			.param("addresses", addresses)
			.param("bodies", bodies)
			.param("smsBodies", smsBodies)
			.param("segments", segments)
			.param("urgent", urgent)
			.param("topics", topics)
			.param("announcements", announcements)
			.param("dedupe", dedupe)
			.param("buttons", buttons)
			.param("sendAt", Timestamps.of(sendAt))
			.param("now", Timestamps.of(now))
			.update();
	}

	/**
	 * The message of a topic to a guardian that is still queued, locked until the
	 * transaction ends.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Queued> queued(Topic topic, GuardianId guardian) {
		return this.jdbc.sql("""
				select id, kind, channel, body, status from notification
				where topic = ? and guardian_id = ? and status = 'queued' order by id desc limit 1 for update
				""").params(topic.value(), guardian.value()).query(Outbox::queued).optional();
	}

	/**
	 * The last message of a topic that left the queue for a guardian: what they were (or
	 * are being) told.
	 */
	public Optional<Queued> lastSent(Topic topic, GuardianId guardian) {
		return this.jdbc.sql("""
				select id, kind, channel, body, status from notification
				where topic = ? and guardian_id = ? and status in ('sending', 'sent', 'delivered')
				order by id desc limit 1
				""").params(topic.value(), guardian.value()).query(Outbox::queued).optional();
	}

	private static Queued queued(ResultSet row, int index) throws SQLException {
		return new Queued(new NotificationId(row.getLong("id")), MessageKind.of(row.getString("kind")),
				Channel.of(row.getString("channel")), row.getString("body"),
				NotificationStatus.of(row.getString("status")));
	}

	/**
	 * Rewrites a message that is still queued; {@code false} when it left the queue
	 * meanwhile.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean rewrite(NotificationId id, MessageKind kind, String body, String smsBody, Instant now) {
		return this.jdbc.sql("""
				update notification set kind = ?, body = ?, sms_body = ?,
				       segments = case when channel = 'sms' then ? end, updated_at = ?
				where id = ? and status = 'queued'
				""")
			.params(kind.code(), body, smsBody, SmsForms.segments(body), Timestamps.of(now), id.value())
			.update() == 1;
	}

	/**
	 * Rewrites a message that is still queued, and the buttons under it where it goes by
	 * a messenger; {@code false} when it left the queue meanwhile.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean rewrite(NotificationId id, MessageKind kind, String body, String smsBody, List<List<Button>> buttons,
			Instant now) {
		return rewrite(id, kind, body, smsBody, now) && this.jdbc.sql("""
				update notification set buttons = case when channel <> 'sms' then cast(? as jsonb) end where id = ?
				""").params(Button.toJson(buttons), id.value()).update() == 1;
	}

	private static Integer segments(Channel channel, String body) {
		return (channel == Channel.SMS) ? SmsForms.segments(body) : null;
	}

	/**
	 * Takes a queued message back; {@code false} when it left the queue meanwhile.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean cancel(NotificationId id, Instant now) {
		return this.jdbc.sql("""
				update notification set status = 'cancelled', updated_at = ? where id = ? and status = 'queued'
				""").params(Timestamps.of(now), id.value()).update() == 1;
	}

	/**
	 * Serialises changes to one topic until the transaction ends, across nodes too.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lock(Topic topic) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('classbell.topic'), hashtext(?))")
			.param(topic.value())
			.query()
			.singleValue();
	}

	/**
	 * The school's notifications, newest first, for the admin.
	 * @param school the school
	 * @param status only those in this status, or all when {@code null}
	 * @param before only those with a smaller id (to page), or all when {@code null}
	 * @param limit how many at most
	 */
	public List<Listed> list(SchoolId school, NotificationStatus status, NotificationId before, int limit) {
		return this.jdbc
			.sql("""
					select n.id, n.kind, n.channel, n.address, coalesce(g.full_name, st.last_name || ' ' || st.first_name) as recipient,
					       s.last_name || ' ' || s.first_name as student, n.status, n.attempts, n.error, n.segments,
					       n.provider_id, n.next_attempt_at, n.created_at, n.sent_at, n.delivered_at
					from notification n
					left join guardian g on g.id = n.guardian_id
					left join staff st on st.id = n.staff_id
					left join student s on s.id = n.student_id
					where n.school_id = :school and (cast(:status as text) is null or n.status = :status)
					  and (cast(:before as bigint) is null or n.id < :before)
					order by n.id desc limit :limit
					""")
			.param("school", school.value())
			.param("status", (status != null) ? status.code() : null)
			.param("before", (before != null) ? before.value() : null)
			.param("limit", limit)
			.query((row, index) -> new Listed(row.getLong("id"), MessageKind.of(row.getString("kind")),
					Channel.of(row.getString("channel")), row.getString("address"), row.getString("recipient"),
					row.getString("student"), NotificationStatus.of(row.getString("status")), row.getInt("attempts"),
					row.getString("error"), (Integer) row.getObject("segments"), row.getString("provider_id"),
					row.getObject("next_attempt_at", OffsetDateTime.class),
					row.getObject("created_at", OffsetDateTime.class), row.getObject("sent_at", OffsetDateTime.class),
					row.getObject("delivered_at", OffsetDateTime.class)))
			.list();
	}

	/**
	 * A notification as the admin sees it.
	 */
	public record Listed(long id, MessageKind kind, Channel channel, String address, String recipient, String student,
			NotificationStatus status, int attempts, String error, Integer segments, String providerId,
			OffsetDateTime nextAttemptAt, OffsetDateTime createdAt, OffsetDateTime sentAt, OffsetDateTime deliveredAt) {

	}

	/**
	 * The last message of a topic: what it said, and whether it is still queued.
	 */
	public record Queued(NotificationId id, MessageKind kind, Channel channel, String body, NotificationStatus status) {

	}

}
