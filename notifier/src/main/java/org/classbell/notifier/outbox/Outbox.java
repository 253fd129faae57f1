package org.classbell.notifier.outbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.classbell.notifier.sms.SmsForms;
import org.classbell.store.Timestamps;
import org.classbell.store.school.SchoolId;

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
		for (int i = 0; i < n; i++) {
			Message message = messages.get(i);
			schools[i] = message.recipient().school().value();
			guardians[i] = message.recipient().guardian().value();
			students[i] = message.studentId();
			kinds[i] = message.kind();
			channels[i] = message.recipient().channel().code();
			addresses[i] = message.recipient().address();
			bodies[i] = message.body();
			smsBodies[i] = message.smsBody();
			segments[i] = segments(message.recipient().channel(), message.body());
			urgent[i] = message.urgent();
			topics[i] = message.topic();
			announcements[i] = message.announcementId();
			dedupe[i] = once ? message.topic() + "/" + message.recipient().guardian().value() : null;
		}
		return this.jdbc.sql("""
				insert into notification (school_id, guardian_id, student_id, kind, channel, address, body, sms_body,
				                          segments, urgent, topic, announcement_id, dedupe_key, next_attempt_at,
				                          created_at, updated_at)
				select m.*, :sendAt, :now, :now
				from unnest(cast(:schools as bigint[]), cast(:guardians as bigint[]), cast(:students as bigint[]),
				            cast(:kinds as text[]), cast(:channels as text[]), cast(:addresses as text[]),
				            cast(:bodies as text[]), cast(:smsBodies as text[]), cast(:segments as integer[]),
				            cast(:urgent as boolean[]), cast(:topics as text[]), cast(:announcements as bigint[]),
				            cast(:dedupe as text[])) as m
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
			.param("sendAt", Timestamps.of(sendAt))
			.param("now", Timestamps.of(now))
			.update();
	}

	/**
	 * The message of a topic to a guardian that is still queued, locked until the
	 * transaction ends.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Queued> queued(String topic, long guardianId) {
		return this.jdbc.sql("""
				select id, kind, channel, body, status from notification
				where topic = ? and guardian_id = ? and status = 'queued' order by id desc limit 1 for update
				""").params(topic, guardianId).query(Queued.class).optional();
	}

	/**
	 * The last message of a topic that left the queue for a guardian: what they were (or
	 * are being) told.
	 */
	public Optional<Queued> lastSent(String topic, long guardianId) {
		return this.jdbc.sql("""
				select id, kind, channel, body, status from notification
				where topic = ? and guardian_id = ? and status in ('sending', 'sent', 'delivered')
				order by id desc limit 1
				""").params(topic, guardianId).query(Queued.class).optional();
	}

	/**
	 * Rewrites a message that is still queued; {@code false} when it left the queue
	 * meanwhile.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean rewrite(long id, String kind, String body, String smsBody, Instant now) {
		return this.jdbc.sql("""
				update notification set kind = ?, body = ?, sms_body = ?,
				       segments = case when channel = 'sms' then ? end, updated_at = ?
				where id = ? and status = 'queued'
				""").params(kind, body, smsBody, SmsForms.segments(body), Timestamps.of(now), id).update() == 1;
	}

	private static Integer segments(Channel channel, String body) {
		return (channel == Channel.SMS) ? SmsForms.segments(body) : null;
	}

	/**
	 * Takes a queued message back; {@code false} when it left the queue meanwhile.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean cancel(long id, Instant now) {
		return this.jdbc.sql("""
				update notification set status = 'cancelled', updated_at = ? where id = ? and status = 'queued'
				""").params(Timestamps.of(now), id).update() == 1;
	}

	/**
	 * Serialises changes to one topic until the transaction ends, across nodes too.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lock(String topic) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('classbell.topic'), hashtext(?))")
			.param(topic)
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
	public List<Listed> list(SchoolId school, String status, Long before, int limit) {
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
			.param("status", status)
			.param("before", before)
			.param("limit", limit)
			.query(Listed.class)
			.list();
	}

	/**
	 * A notification as the admin sees it.
	 */
	public record Listed(long id, String kind, String channel, String address, String recipient, String student,
			String status, int attempts, String error, Integer segments, String providerId,
			OffsetDateTime nextAttemptAt, OffsetDateTime createdAt, OffsetDateTime sentAt, OffsetDateTime deliveredAt) {

	}

	/**
	 * The last message of a topic: what it said, and whether it is still queued.
	 */
	public record Queued(long id, String kind, String channel, String body, String status) {

		public boolean isQueued() {
			return "queued".equals(this.status);
		}

	}

}
