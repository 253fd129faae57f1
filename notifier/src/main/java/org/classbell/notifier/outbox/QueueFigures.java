package org.classbell.notifier.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads how the outbox of every school stands, for an operator's metrics: the queue
 * (every message queued or being sent, the queued ones that are due, and how long the
 * oldest of them has waited), and the messages of the last {@link #RECENT} that went,
 * failed or were cancelled. The outbox keeps every message ever written, too many to
 * count at each scrape: the queue is read through the partial indexes the dispatcher
 * uses, the recent messages through the index by school and time.
 */
@Repository
public class QueueFigures {

	/** How far back the messages that left the queue are counted. */
	public static final Duration RECENT = Duration.ofDays(1);

	private final JdbcClient jdbc;

	QueueFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The queue at the given instant, in one query: the messages queued or being sent, by
	 * channel. A queued message is due when its time has come ({@code next_attempt_at},
	 * as the dispatcher's claim has it); one that quiet hours hold, or that waits for a
	 * retry or for its address's rate limit, is not.
	 */
	public QueueReport queue(Instant now) {
		List<Row> rows = this.jdbc.sql("""
				select channel, status, count(*) as messages,
				       count(*) filter (where next_attempt_at <= :now) as due,
				       min(next_attempt_at) filter (where next_attempt_at <= :now) as oldest_due
				from notification where status = 'queued'
				group by channel, status
				union all
				select channel, status, count(*), 0, null
				from notification where status = 'sending'
				group by channel, status
				""")
			.param("now", Timestamps.of(now))
			.query((row,
					index) -> new Row(count(row.getString("channel"), row.getString("status"), row.getLong("messages"),
							row.getLong("due")), Timestamps.instant(row, "oldest_due")))
			.list();
		return new QueueReport(now, rows.stream().map(Row::count).toList(),
				rows.stream().map(Row::oldestDue).filter(Objects::nonNull).min(Instant::compareTo).orElse(null));
	}

	/**
	 * The messages written in the {@link #RECENT} before the given instant that are sent,
	 * delivered, failed or cancelled now, by channel, in one query. On a city's outbox
	 * this reads a few hundred thousand rows: a metric should ask for it seldom.
	 */
	public QueueReport recent(Instant now) {
		return new QueueReport(now, this.jdbc.sql("""
				select n.channel, n.status, count(*) as messages
				from school s
				join notification n on n.school_id = s.id and n.created_at >= :since
				where n.status in ('sent', 'delivered', 'failed', 'cancelled')
				group by n.channel, n.status
				""")
			.param("since", Timestamps.of(now.minus(RECENT)))
			.query((row, index) -> count(row.getString("channel"), row.getString("status"), row.getLong("messages"), 0))
			.list(), null);
	}

	private static QueueReport.Count count(String channel, String status, long messages, long due) {
		return new QueueReport.Count(Channel.of(channel), NotificationStatus.of(status), messages, due);
	}

	private record Row(QueueReport.Count count, Instant oldestDue) {

	}

}
