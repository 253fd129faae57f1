package org.classbell.notifier.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the report runs of every school, for an operator's metrics, in one query: per
 * kind of report, the runs begun in the last {@link #RECENT} that are still running (or
 * whose node stopped in the middle) and those that finished, and when a run last
 * finished. A city makes a few runs per school a day, few enough to read them all.
 */
@Repository
public class ReportRunFigures {

	/** How far back runs are counted. */
	public static final Duration RECENT = Duration.ofDays(1);

	private final JdbcClient jdbc;

	ReportRunFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The runs of each kind of report, every kind listed.
	 */
	public List<Runs> read(Instant now) {
		Map<ReportKind, Runs> found = new EnumMap<>(ReportKind.class);
		this.jdbc.sql("""
				select period,
				       count(*) filter (where started_at >= :since and finished_at is null) as running,
				       count(*) filter (where started_at >= :since and finished_at is not null) as finished,
				       max(finished_at) as last_finished
				from report_run
				where period in (:periods)
				group by period
				""")
			.param("since", Timestamps.of(now.minus(RECENT)))
			.param("periods", Stream.of(ReportKind.values()).map(ReportKind::code).toList())
			.query((row, index) -> new Runs(ReportKind.of(row.getString("period")).orElseThrow(),
					row.getLong("running"), row.getLong("finished"), Timestamps.instant(row, "last_finished")))
			.list()
			.forEach((runs) -> found.put(runs.kind(), runs));
		return Stream.of(ReportKind.values())
			.map((kind) -> found.getOrDefault(kind, new Runs(kind, 0, 0, null)))
			.toList();
	}

	/**
	 * The runs of one kind of report.
	 *
	 * @param kind the report
	 * @param running runs begun within {@link #RECENT} and not finished: running now, or
	 * left unfinished by a node that stopped
	 * @param finished runs begun within {@link #RECENT} that finished
	 * @param lastFinished when a run of this kind last finished, or {@code null} if none
	 * ever did
	 */
	public record Runs(ReportKind kind, long running, long finished, Instant lastFinished) {

	}

}
