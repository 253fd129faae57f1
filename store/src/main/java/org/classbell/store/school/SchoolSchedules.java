package org.classbell.store.school;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.classbell.store.SchoolId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The times the schools' periodic reports go out.
 */
@Repository
public class SchoolSchedules {

	private static final String SELECT = """
			select id, time_zone, report_daily_at, report_weekly_day, report_weekly_at, report_monthly_at,
			       report_term_at
			from school
			""";

	private final JdbcClient jdbc;

	public SchoolSchedules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every school's report times, in the order the schools were made.
	 */
	public List<SchoolSchedule> all() {
		return this.jdbc.sql(SELECT + "order by id").query(SchoolSchedules::schedule).list();
	}

	public Optional<SchoolSchedule> of(SchoolId school) {
		return this.jdbc.sql(SELECT + "where id = ?").param(school.value()).query(SchoolSchedules::schedule).optional();
	}

	/**
	 * Changes a school's report times (its time zone stays).
	 */
	public void change(SchoolSchedule schedule) {
		this.jdbc.sql("""
				update school set report_daily_at = ?, report_weekly_day = ?, report_weekly_at = ?,
				                  report_monthly_at = ?, report_term_at = ?
				where id = ?
				""")
			.params(schedule.dailyAt(), schedule.weeklyDay().getValue(), schedule.weeklyAt(), schedule.monthlyAt(),
					schedule.termAt(), schedule.school().value())
			.update();
	}

	private static SchoolSchedule schedule(java.sql.ResultSet row, int number) throws java.sql.SQLException {
		return new SchoolSchedule(new SchoolId(row.getLong("id")), ZoneId.of(row.getString("time_zone")),
				row.getObject("report_daily_at", LocalTime.class), DayOfWeek.of(row.getInt("report_weekly_day")),
				row.getObject("report_weekly_at", LocalTime.class), row.getObject("report_monthly_at", LocalTime.class),
				row.getObject("report_term_at", LocalTime.class));
	}

}
