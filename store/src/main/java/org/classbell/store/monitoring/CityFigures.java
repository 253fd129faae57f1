package org.classbell.store.monitoring;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.classbell.store.SchoolId;
import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The city's summary: for every school of the deployment, how the journal is kept, how
 * many families are reached, what became of the messages and the SMS segments spent. Each
 * figure is one query over all schools, grouped by school, counted as the school's own
 * reports count it; a period's days are each school's own, in its time zone.
 */
@Repository
public class CityFigures {

	/** The period's bounds in each school's zone, for a school {@code sc}. */
	private static final String START = "cast(cast(:from as date) as timestamp) at time zone sc.time_zone";

	private static final String END = "cast(cast(:to as date) + 1 as timestamp) at time zone sc.time_zone";

	private final JdbcClient jdbc;

	CityFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The summary of the period; lessons count once they have begun by {@code now}.
	 */
	public CitySummary of(DayRange period, Instant now) {
		Map<Long, SummaryFigures.Journal> journal = journal(period, now);
		Map<Long, Students> students = students();
		Map<Long, Guardians> guardians = guardians();
		Map<Long, SummaryFigures.Delivery> delivery = delivery(period);
		Map<Long, Integer> segments = smsSegments(period);
		List<SchoolSummary> schools = this.jdbc.sql("select id, code, name, time_zone from school")
			.query((row, index) -> {
				long id = row.getLong("id");
				Students reached = students.getOrDefault(id, new Students(0, 0));
				Guardians ways = guardians.getOrDefault(id, new Guardians(0, 0, 0));
				return new SchoolSummary(new SchoolId(id), row.getString("code"), row.getString("name"),
						ZoneId.of(row.getString("time_zone")),
						new SummaryFigures(journal.getOrDefault(id, new SummaryFigures.Journal(0, 0)),
								new SummaryFigures.Families(reached.students(), reached.reached(), ways.messenger(),
										ways.smsOnly(), ways.unreached()),
								delivery.getOrDefault(id, new SummaryFigures.Delivery(0, 0, 0)),
								segments.getOrDefault(id, 0)));
			})
			.list()
			.stream()
			.sorted(Comparator.comparing(SchoolSummary::name, NaturalOrder.INSTANCE).thenComparing(SchoolSummary::code))
			.toList();
		SummaryFigures total = schools.stream()
			.map(SchoolSummary::figures)
			.reduce(SummaryFigures.NONE, SummaryFigures::plus);
		return new CitySummary(period, schools, total);
	}

	/**
	 * Each school's lessons of the period that began by now, and those with attendance
	 * taken: the teachers' report's lessons, added up (active teachers only, as it
	 * lists).
	 */
	Map<Long, SummaryFigures.Journal> journal(DayRange period, Instant now) {
		return bySchool(this.jdbc.sql("with " + BegunLessons.cte("is not null") + """
				select b.school_id, count(*) as lessons, count(*) filter (where b.taken) as taken
				from begun b
				join staff sf on sf.id = b.staff_id
				where sf.active
				group by b.school_id
				""").param("from", period.from()).param("to", period.to()).param("now", Timestamps.of(now)),
				(row, index) -> new SummaryFigures.Journal(row.getInt("lessons"), row.getInt("taken")));
	}

	/**
	 * Each school's active students, and those with a guardian reached: the subscriptions
	 * report's total.
	 */
	Map<Long, Students> students() {
		return bySchool(this.jdbc.sql("with " + Reach.ctes("is not null") + """
				select school_id, count(*) as students,
				       count(*) filter (where telegram or max or sms) as reached
				from student_reach
				group by school_id
				"""), (row, index) -> new Students(row.getInt("students"), row.getInt("reached")));
	}

	/**
	 * Each school's guardians of active students: by a messenger, by SMS alone, in no
	 * way.
	 */
	Map<Long, Guardians> guardians() {
		return bySchool(this.jdbc.sql("with " + Reach.ctes("is not null") + """
				select r.school_id,
				       count(*) filter (where r.telegram or r.max) as messenger,
				       count(*) filter (where not (r.telegram or r.max) and r.sms) as sms_only,
				       count(*) filter (where not (r.telegram or r.max or r.sms)) as unreached
				from guardian_reach r
				where exists (select 1 from student_guardian sg join student s on s.id = sg.student_id
				              where sg.guardian_id = r.id and s.active)
				group by r.school_id
				"""), (row, index) -> new Guardians(row.getInt("messenger"), row.getInt("sms_only"),
				row.getInt("unreached")));
	}

	/**
	 * Each school's messages written in the period by their status now, as the delivery
	 * report counts them; a messenger's sent message counts as delivered.
	 */
	Map<Long, SummaryFigures.Delivery> delivery(DayRange period) {
		return bySchool(
				this.jdbc
					.sql("""
							select sc.id as school_id,
							       count(*) filter (where n.status in ('sent', 'delivered')) as sent,
							       count(*) filter (where n.status = 'delivered'
							                        or (n.status = 'sent' and n.channel in ('telegram', 'max'))) as delivered,
							       count(*) filter (where n.status = 'failed') as failed
							from school sc
							join notification n on n.school_id = sc.id and n.created_at >= %s and n.created_at < %s
							group by sc.id
							"""
						.formatted(START, END))
					.param("from", period.from())
					.param("to", period.to()),
				(row, index) -> new SummaryFigures.Delivery(row.getInt("sent"), row.getInt("delivered"),
						row.getInt("failed")));
	}

	/**
	 * Each school's SMS segments sent in the period, by the day they went, as the
	 * segments report counts them.
	 */
	Map<Long, Integer> smsSegments(DayRange period) {
		return bySchool(this.jdbc.sql("""
				select sc.id as school_id, sum(n.segments) as segments
				from school sc
				join notification n on n.school_id = sc.id and n.channel = 'sms' and n.status in ('sent', 'delivered')
				     and n.sent_at >= %s and n.sent_at < %s
				group by sc.id
				""".formatted(START, END)).param("from", period.from()).param("to", period.to()),
				(row, index) -> row.getInt("segments"));
	}

	private static <T> Map<Long, T> bySchool(JdbcClient.StatementSpec statement, RowMapper<T> figures) {
		Map<Long, T> found = new HashMap<>();
		statement.query((row, index) -> Map.entry(row.getLong("school_id"), figures.mapRow(row, index)))
			.list()
			.forEach((entry) -> found.put(entry.getKey(), entry.getValue()));
		return found;
	}

	/**
	 * A school's active students, and those with a guardian reached.
	 */
	record Students(int students, int reached) {

	}

	/**
	 * A school's guardians of active students by how they are reached.
	 */
	record Guardians(int messenger, int smsOnly, int unreached) {

	}

}
