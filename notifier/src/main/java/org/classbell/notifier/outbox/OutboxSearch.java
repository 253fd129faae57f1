package org.classbell.notifier.outbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.classbell.store.ClassId;
import org.classbell.store.SchoolId;
import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox as the console lists it: a school's notifications narrowed by status,
 * channel, class and period, newest first, a page at a time, each with whom it was for,
 * what it was about and whether it may be retried.
 */
@Repository
public class OutboxSearch {

	private static final String FROM = """
			from notification n
			left join guardian g on g.id = n.guardian_id
			left join staff st on st.id = n.staff_id
			left join student s on s.id = n.student_id
			left join announcement a on a.id = n.announcement_id
			left join school_class c on c.id = coalesce(s.class_id, a.class_id)
			where n.school_id = :school
			  and (cast(:status as text) is null or n.status = :status)
			  and (cast(:channel as text) is null or n.channel = :channel)
			  and (cast(:class as bigint) is null or c.id = :class)
			  and (cast(:from as timestamptz) is null or n.created_at >= :from)
			  and (cast(:to as timestamptz) is null or n.created_at < :to)
			""";

	private final JdbcClient jdbc;

	OutboxSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the notifications the filter lets through, newest first, and how many
	 * it lets through in all.
	 */
	public Page page(Filter filter, int offset, int limit) {
		long total = bind(this.jdbc.sql("select count(*) " + FROM), filter).query(Long.class).single();
		List<Row> rows = bind(this.jdbc.sql("""
				select n.id, n.created_at, n.kind, n.channel, n.address, n.status, n.attempts, n.error,
				       n.announcement_id, left(n.body, 600) as body, g.erased_at is not null as erased,
				       coalesce(g.full_name, st.last_name || ' ' || st.first_name) as recipient,
				       s.last_name || ' ' || s.first_name as student, c.name as class_name,
				       %s as refusal
				%s
				order by n.created_at desc, n.id desc
				limit :limit offset :offset
				""".formatted(Retries.REFUSAL, FROM)), filter).param("limit", limit)
			.param("offset", offset)
			.query((row, index) -> new Row(new NotificationId(row.getLong("id")),
					row.getObject("created_at", OffsetDateTime.class).toInstant(),
					MessageKind.of(row.getString("kind")), Channel.of(row.getString("channel")),
					row.getString("address"), row.getString("recipient"), row.getBoolean("erased"),
					row.getString("student"), row.getString("class_name"), (Long) row.getObject("announcement_id"),
					NotificationStatus.of(row.getString("status")), row.getInt("attempts"), row.getString("error"),
					row.getString("body"), Retries.Refusal.of(row.getString("refusal"))))
			.list();
		return new Page(rows, total);
	}

	/**
	 * The ids of up to {@code limit} failed notifications the filter lets through, newest
	 * first.
	 */
	public List<NotificationId> failed(Filter filter, int limit) {
		return bind(this.jdbc.sql("select n.id " + FROM + " and n.status = 'failed' order by n.id desc limit :limit"),
				filter)
			.param("limit", limit)
			.query((row, index) -> new NotificationId(row.getLong("id")))
			.list();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Filter filter) {
		return statement.param("school", filter.school().value())
			.param("status", (filter.status() != null) ? filter.status().code() : null)
			.param("channel", (filter.channel() != null) ? filter.channel().code() : null)
			.param("class", (filter.schoolClass() != null) ? filter.schoolClass().value() : null)
			.param("from", (filter.from() != null) ? Timestamps.of(filter.from()) : null)
			.param("to", (filter.to() != null) ? Timestamps.of(filter.to()) : null);
	}

	/**
	 * Which notifications to list; each part narrows the list unless {@code null}.
	 *
	 * @param school the school
	 * @param status in this status
	 * @param channel by this channel
	 * @param schoolClass about a child of this class, or an announcement to it
	 * @param from written at or after
	 * @param to written before
	 */
	public record Filter(SchoolId school, NotificationStatus status, Channel channel, ClassId schoolClass, Instant from,
			Instant to) {

	}

	/**
	 * A page of notifications, and how many the filter lets through in all.
	 */
	public record Page(List<Row> rows, long total) {

	}

	/**
	 * A notification as the console lists it.
	 *
	 * @param id its id
	 * @param createdAt when it was written
	 * @param kind what it is
	 * @param channel how it goes
	 * @param address the chat id or phone number
	 * @param recipient the guardian's (or staff member's) name
	 * @param erased whether the guardian's personal data was erased
	 * @param student the child it is about, if any
	 * @param className the class of the child, or of the announcement
	 * @param announcement the announcement it carries, if any
	 * @param status where it is
	 * @param attempts how many attempts were made
	 * @param error what the provider (or the dispatcher) said, if anything
	 * @param body the start of its text, empty once retention blanked it
	 * @param refusal why it may not be retried, or {@code null} when it may
	 */
	public record Row(NotificationId id, Instant createdAt, MessageKind kind, Channel channel, String address,
			String recipient, boolean erased, String student, String className, Long announcement,
			NotificationStatus status, int attempts, String error, String body, Retries.Refusal refusal) {

	}

}
