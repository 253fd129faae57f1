package org.classbell.app.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

import org.classbell.store.monitoring.CityFigures;
import org.classbell.store.monitoring.CitySummary;
import org.classbell.store.monitoring.DayRange;
import org.classbell.store.monitoring.SchoolSummary;
import org.classbell.store.monitoring.SummaryFigures;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;

import org.springframework.stereotype.Component;

/**
 * The city's summary, as the API and the console's list of schools give it: its period
 * (by default this month so far) and its CSV form.
 */
@Component
public class CityReport {

	private final CityFigures figures;

	private final Schools schools;

	private final Clock clock;

	CityReport(CityFigures figures, Schools schools, Clock clock) {
		this.figures = figures;
		this.schools = schools;
		this.clock = clock;
	}

	/**
	 * The period asked for, this month so far unless asked otherwise. Today is the
	 * earliest of the schools' dates (the same day for a city in one time zone), so that
	 * the period's last day has begun in every school.
	 */
	public Query.Outcome<DayRange> period(String from, String to) {
		return Query.period(from, to, today(), (last) -> last.withDayOfMonth(1));
	}

	public CitySummary of(DayRange period) {
		return this.figures.of(period, this.clock.instant());
	}

	/**
	 * A row per school, then the city's, named by the given word, with no code or time
	 * zone.
	 */
	public static CsvTable table(CitySummary summary, String total) {
		CsvTable table = new CsvTable("code", "name", "time_zone", "lessons", "lessons_with_attendance",
				"lessons_with_attendance_share", "students", "students_reached", "students_reached_share",
				"guardians_messenger", "guardians_sms_only", "guardians_unreached", "sent", "delivered", "failed",
				"delivered_share", "sms_segments");
		for (SchoolSummary school : summary.schools()) {
			row(table, school.code(), school.name(), school.timeZone().getId(), school.figures());
		}
		row(table, null, total, null, summary.total());
		return table;
	}

	private static void row(CsvTable table, String code, String name, String zone, SummaryFigures figures) {
		SummaryFigures.Journal journal = figures.journal();
		SummaryFigures.Families families = figures.families();
		SummaryFigures.Delivery delivery = figures.delivery();
		table.row(code, name, zone, journal.lessons(), journal.taken(), journal.share(), families.students(),
				families.reached(), families.share(), families.guardiansByMessenger(), families.guardiansBySmsOnly(),
				families.guardiansUnreached(), delivery.sent(), delivery.delivered(), delivery.failed(),
				delivery.share(), figures.smsSegments());
	}

	private LocalDate today() {
		Instant now = this.clock.instant();
		return this.schools.all()
			.stream()
			.map(School::timeZone)
			.map((zone) -> now.atZone(zone).toLocalDate())
			.min(Comparator.naturalOrder())
			.orElseGet(() -> LocalDate.now(this.clock));
	}

}
