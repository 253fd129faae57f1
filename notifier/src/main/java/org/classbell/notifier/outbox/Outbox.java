package org.classbell.notifier.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.JdbcTemplate;
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

	private final JdbcTemplate batch;

	Outbox(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Queues messages to be sent at the given time, in one batch.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(List<Message> messages, Instant sendAt, Instant now) {
		this.batch.batchUpdate("""
				insert into notification (school_id, guardian_id, student_id, kind, channel, address, body, topic,
				                          announcement_id, next_attempt_at, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""",
				messages.stream()
					.map((message) -> new Object[] { message.recipient().school().value(),
							message.recipient().guardian().value(), message.studentId(), message.kind(),
							message.recipient().channel().code(), message.recipient().address(), message.body(),
							message.topic(), message.announcementId(), Timestamps.of(sendAt), Timestamps.of(now),
							Timestamps.of(now) })
					.toList());
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
	public boolean rewrite(long id, String kind, String body, Instant now) {
		return this.jdbc.sql("""
				update notification set kind = ?, body = ?, updated_at = ? where id = ? and status = 'queued'
				""").params(kind, body, Timestamps.of(now), id).update() == 1;
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
	 * The last message of a topic: what it said, and whether it is still queued.
	 */
	public record Queued(long id, String kind, String channel, String body, String status) {

		public boolean isQueued() {
			return "queued".equals(this.status);
		}

	}

}
