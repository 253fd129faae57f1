package org.classbell.notifier.dispatch;

import org.classbell.notifier.outbox.Button;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.classbell.notifier.outbox.Channel;
import org.classbell.notifier.outbox.NotificationId;
import org.classbell.store.GuardianId;
import org.classbell.store.SchoolId;
import org.classbell.store.Timestamps;
import org.classbell.store.school.SmsSender;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispatcher's side of the outbox: claims due notifications with
 * {@code FOR UPDATE SKIP LOCKED}, so that any number of nodes share the work and none
 * sends what another holds, and records what came of each attempt. Every change of a
 * sending notification names the node that holds it, so that a node whose claim lapsed
 * cannot overwrite what another recorded since.
 */
@Repository
public class Deliveries {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Consequences consequences;

	private final ClaimChecks checks;

	Deliveries(JdbcClient jdbc, JdbcTemplate batch, Consequences consequences, ClaimChecks checks) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.consequences = consequences;
		this.checks = checks;
	}

	/**
	 * Claims up to {@code limit} due notifications of the given channels for this node.
	 * Those that quiet hours hold are put off to the end of the quiet hours instead; of
	 * those to one address, the claim takes what the address can take now and puts the
	 * rest off ({@link ClaimPacing}): what waits never holds up the others.
	 */
	@Transactional
	public List<Outgoing> claim(Collection<Channel> channels, int limit, String node, Duration lease, Instant now) {
		return claim(channels, limit, node, lease, now, Pacing.NONE);
	}

	@Transactional
	List<Outgoing> claim(Collection<Channel> channels, int limit, String node, Duration lease, Instant now,
			Pacing pacing) {
		if (channels.isEmpty()) {
			return List.of();
		}
		List<Due> due = this.jdbc.sql("""
				select n.id, n.channel, n.address, n.body, n.school_id, n.guardian_id, n.staff_id, n.attempts, n.urgent,
				       case when n.staff_id is not null then coalesce(st.quiet_from, s.staff_quiet_from)
				            else coalesce(g.quiet_from, s.quiet_from) end as quiet_from,
				       case when n.staff_id is not null then coalesce(st.quiet_to, s.staff_quiet_to)
				            else coalesce(g.quiet_to, s.quiet_to) end as quiet_to,
				       s.time_zone, cast(n.buttons as text) as buttons, s.sms_from, s.sms_messaging_service
				from notification n
				join school s on s.id = n.school_id
				left join guardian g on g.id = n.guardian_id
				left join staff st on st.id = n.staff_id
				where n.status = 'queued' and n.next_attempt_at <= :now and n.channel in (:channels)
				order by n.next_attempt_at, n.id
				limit :limit
				for update of n skip locked
				""")
			.param("now", Timestamps.of(now))
			.param("channels", channels.stream().map(Channel::code).toList())
			.param("limit", limit)
			.query(Due.class)
			.list();
		List<Long> claimed = new ArrayList<>();
		List<Object[]> held = new ArrayList<>();
		List<Outgoing> outgoing = new ArrayList<>();
		ClaimPacing paced = new ClaimPacing(pacing, now);
		Map<Long, String> withdrawn = this.checks.withdrawn(due);
		for (Due row : due) {
			String reason = withdrawn.get(row.id());
			if (reason != null) {
				held.add(new Object[] { "cancelled", reason, null, Timestamps.of(now), row.id() });
				continue;
			}
			// guardians' messages wait out their quiet hours, staff's the teachers' ones
			Optional<Instant> hold = (row.urgent() || (row.guardianId() == null && row.staffId() == null))
					? Optional.empty()
					: new QuietHours(row.quietFrom(), row.quietTo()).holdUntil(now, ZoneId.of(row.timeZone()));
			Channel channel = Channel.of(row.channel());
			if (hold.isPresent()) {
				held.add(new Object[] { "queued", null, Timestamps.of(hold.get()), Timestamps.of(now), row.id() });
			}
			else if (paced.takes(channel, row.address())) {
				claimed.add(row.id());
				outgoing.add(new Outgoing(new NotificationId(row.id()), channel, row.address(), row.body(),
						new SchoolId(row.schoolId()), guardian(row.guardianId()), row.attempts() + 1,
						Button.fromJson(row.buttons()), new SmsSender(row.smsFrom(), row.smsMessagingService())));
			}
		}
		if (!held.isEmpty()) {
			this.batch.batchUpdate("""
					update notification set status = ?, error = coalesce(?, error),
					       next_attempt_at = coalesce(?, next_attempt_at), updated_at = ?
					where id = ?
					""", held);
		}
		if (!claimed.isEmpty()) {
			this.jdbc.sql("""
					update notification set status = 'sending', attempts = attempts + 1, claimed_by = :node,
					       lease_until = :lease, updated_at = :now
					where id in (:ids)
					""")
				.param("node", node)
				.param("lease", Timestamps.of(now.plus(lease)))
				.param("now", Timestamps.of(now))
				.param("ids", claimed)
				.update();
		}
		paced.putOff(this.jdbc);
		return outgoing;
	}

	/**
	 * The provider took the message. A delivery report that arrived first is kept.
	 */
	public void sent(Outgoing message, Outcome.Sent sent, String node, Instant now) {
		sent(List.of(new Taken(message.id(), sent)), node, now);
	}

	/**
	 * The provider took these messages: one JDBC batch of updates by id for all of them,
	 * sent in one round trip.
	 */
	public void sent(List<Taken> taken, String node, Instant now) {
		if (taken.isEmpty()) {
			return;
		}
		OffsetDateTime at = Timestamps.of(now);
		this.batch.batchUpdate("""
				update notification set status = 'sent', provider_id = ?, segments = coalesce(?, segments),
				       sent_at = ?, updated_at = ?, error = null, lease_until = null
				where id = ? and status = 'sending' and claimed_by = ?
				""",
				taken.stream()
					.map((one) -> new Object[] { one.sent().providerId(), one.sent().segments(), at, at,
							one.id().value(), node })
					.toList());
	}

	/**
	 * Puts the message back in the queue for another attempt at the given time.
	 */
	public void retry(Outgoing message, String error, Instant at, String node, Instant now) {
		this.jdbc.sql("""
				update notification set status = 'queued', next_attempt_at = :at, error = :error, updated_at = :now,
				       lease_until = null
				where id = :id and status = 'sending' and claimed_by = :node
				""")
			.param("at", Timestamps.of(at))
			.param("error", error)
			.param("now", Timestamps.of(now))
			.param("id", message.id().value())
			.param("node", node)
			.update();
	}

	/**
	 * Gives the message back to the queue untried, as if it had not been claimed.
	 */
	public void release(Collection<Outgoing> messages, String node, Instant now) {
		if (messages.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				update notification set status = 'queued', attempts = greatest(attempts - 1, 0), updated_at = :now,
				       lease_until = null
				where id in (:ids) and status = 'sending' and claimed_by = :node
				""")
			.param("now", Timestamps.of(now))
			.param("ids", messages.stream().map((message) -> message.id().value()).toList())
			.param("node", node)
			.update();
	}

	/**
	 * Records that the message will never go, and what that says about its recipient (see
	 * {@link Consequences}).
	 * @return the error recorded
	 */
	@Transactional
	public String failed(Outgoing message, Outcome.Failed failure, Set<Channel> on, String node, Instant now) {
		String error = failure.error() + this.consequences.apply(message.id(), message.guardian(), message.channel(),
				message.address(), failure, on, now);
		giveUp(message, error, node, now);
		return error;
	}

	/**
	 * Records that the message will never go, with nothing else to change.
	 */
	public void giveUp(Outgoing message, String error, String node, Instant now) {
		this.jdbc.sql("""
				update notification set status = 'failed', error = :error, updated_at = :now, lease_until = null
				where id = :id and status = 'sending' and claimed_by = :node
				""")
			.param("error", error)
			.param("now", Timestamps.of(now))
			.param("id", message.id().value())
			.param("node", node)
			.update();
	}

	/**
	 * Takes over notifications whose claim lapsed (their node stopped or stalled) for
	 * this node, to find out what became of them.
	 */
	@Transactional
	public List<Outgoing> adoptStale(int limit, String node, Duration lease, Instant now) {
		return this.jdbc.sql("""
				update notification n set claimed_by = :node, lease_until = :lease, updated_at = :now
				from (select id, claimed_by from notification where status = 'sending' and lease_until < :now
				      order by lease_until limit :limit for update skip locked) stale, school s
				where n.id = stale.id and s.id = n.school_id
				returning n.id, n.channel, n.address, n.body, n.school_id, n.guardian_id, n.attempts,
				          cast(n.buttons as text) as buttons, s.sms_from, s.sms_messaging_service
				""")
			.param("node", node)
			.param("lease", Timestamps.of(now.plus(lease)))
			.param("now", Timestamps.of(now))
			.param("limit", limit)
			.query((row, index) -> new Outgoing(new NotificationId(row.getLong("id")),
					Channel.of(row.getString("channel")), row.getString("address"), row.getString("body"),
					new SchoolId(row.getLong("school_id")), guardian((Long) row.getObject("guardian_id")),
					row.getInt("attempts"), Button.fromJson(row.getString("buttons")),
					new SmsSender(row.getString("sms_from"), row.getString("sms_messaging_service"))))
			.list();
	}

	/**
	 * Fails due notifications of channels no carrier serves on this node, with what would
	 * turn the channel on.
	 */
	public int failOff(Channel channel, String reason, Instant now) {
		return this.jdbc.sql("""
				update notification set status = 'failed', error = :error, updated_at = :now
				where status = 'queued' and channel = :channel and next_attempt_at <= :now
				""").param("error", reason).param("now", Timestamps.of(now)).param("channel", channel.code()).update();
	}

	/**
	 * A message the provider took, and what it said.
	 */
	public record Taken(NotificationId id, Outcome.Sent sent) {

	}

	private static GuardianId guardian(Long id) {
		return (id != null) ? new GuardianId(id) : null;
	}

	record Due(long id, String channel, String address, String body, long schoolId, Long guardianId, Long staffId,
			int attempts, boolean urgent, LocalTime quietFrom, LocalTime quietTo, String timeZone, String buttons,
			String smsFrom, String smsMessagingService) {

	}

}
