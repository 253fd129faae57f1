package org.classbell.notifier.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quartz.Trigger;

import org.classbell.store.SchoolId;
import org.classbell.store.school.SchoolSchedule;

import static org.assertj.core.api.Assertions.assertThat;

class ReportSchedulesTest {

	/** Wednesday 25 November 2026, 09:30 in Moscow. */
	private static final Date NOW = Date.from(Instant.parse("2026-11-25T06:30:00Z"));

	/** When the triggers were made. */
	private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void firesTheDefaultReportsAtTheirTimesInTheSchoolsZone() {
		List<Trigger> triggers = ReportSchedules.triggers(schedule(ZoneId.of("Europe/Moscow")), START);

		assertThat(triggers).extracting((trigger) -> trigger.getKey().getName())
			.containsExactly("day-7", "week-7", "month-7", "term-7");
		assertThat(next(triggers.get(0), NOW)).isEqualTo("2026-11-25T15:00:00Z");
		assertThat(next(triggers.get(1), NOW)).isEqualTo("2026-11-27T14:00:00Z");
		assertThat(next(triggers.get(1), Date.from(Instant.parse("2026-11-27T14:00:00Z"))))
			.isEqualTo("2026-12-04T14:00:00Z");
		assertThat(triggers.get(1).getJobDataMap().getString("kind")).isEqualTo("week");
		assertThat(triggers.get(1).getJobDataMap().getLong("school")).isEqualTo(7);
	}

	@Test
	void followsTheSchoolsZoneAndItsDaylightSaving() {
		assertThat(next(ReportSchedules.triggers(schedule(ZoneId.of("Asia/Yekaterinburg")), START).get(1), NOW))
			.isEqualTo("2026-11-27T12:00:00Z");
		List<Trigger> berlin = ReportSchedules.triggers(schedule(ZoneId.of("Europe/Berlin")), START);
		assertThat(next(berlin.get(0), Date.from(Instant.parse("2026-03-28T12:00:00Z"))))
			.isEqualTo("2026-03-28T17:00:00Z");
		assertThat(next(berlin.get(0), Date.from(Instant.parse("2026-03-29T12:00:00Z"))))
			.isEqualTo("2026-03-29T16:00:00Z");
	}

	@Test
	void firesTheWeeklyReportOnTheChosenDayAndTime() {
		SchoolSchedule saturday = new SchoolSchedule(new SchoolId(7), ZoneId.of("Europe/Moscow"), LocalTime.of(18, 0),
				DayOfWeek.SATURDAY, LocalTime.of(12, 30), LocalTime.of(18, 0), LocalTime.of(18, 0));

		assertThat(next(ReportSchedules.triggers(saturday, START).get(1), NOW)).isEqualTo("2026-11-28T09:30:00Z");
	}

	private static SchoolSchedule schedule(ZoneId zone) {
		return new SchoolSchedule(new SchoolId(7), zone, LocalTime.of(18, 0), DayOfWeek.FRIDAY, LocalTime.of(17, 0),
				LocalTime.of(18, 0), LocalTime.of(18, 0));
	}

	private static String next(Trigger trigger, Date after) {
		return trigger.getFireTimeAfter(after).toInstant().toString();
	}

}
