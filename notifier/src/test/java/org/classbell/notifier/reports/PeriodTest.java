package org.classbell.notifier.reports;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@Test
	void readsTheNamedPeriodsAsTheReportsOfTheSchedulesHaveThem() {
		assertThat(ReportKind.named("")).contains(ReportKind.WEEK);
		assertThat(ReportKind.named(" Неделя ")).contains(ReportKind.WEEK);
		assertThat(ReportKind.named("week").orElseThrow().periodTo(TODAY)).as("Monday to today, as the weekly report")
			.isEqualTo(new Period(LocalDate.of(2026, 11, 23), TODAY));
		assertThat(ReportKind.named("DAY").orElseThrow().periodTo(TODAY)).isEqualTo(new Period(TODAY, TODAY));
		assertThat(ReportKind.named("месяц").orElseThrow().periodTo(TODAY))
			.isEqualTo(new Period(LocalDate.of(2026, 11, 1), TODAY));
		assertThat(ReportKind.named("четверть")).contains(ReportKind.TERM);
		assertThat(ReportKind.named("year")).as("no such report").isEmpty();
		assertThat(Period.parse("week", TODAY)).as("a name is no range").isEmpty();
	}

	@Test
	void readsDayRangesInTheYearThatEndsThemByToday() {
		assertThat(Period.parse("01.11-15.11", TODAY))
			.contains(new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 15)));
		assertThat(Period.parse("20.12 - 10.01", LocalDate.of(2027, 1, 20)))
			.contains(new Period(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 10)));
		assertThat(Period.parse("01.12-05.12", TODAY)).as("December is still to come: last year's")
			.contains(new Period(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 5)));
		assertThat(Period.parse("01.09.2026-25.11.2026", TODAY)).contains(new Period(LocalDate.of(2026, 9, 1), TODAY));
	}

	@ParameterizedTest
	@ValueSource(strings = { "yesterday", "15.11.2026-01.11.2026", "32.01-02.02", "01.13-02.02", "1-2",
			"01.01.2020-01.01.2026" })
	void refusesWhatIsNoPeriod(String text) {
		assertThat(Period.parse(text, TODAY)).isEmpty();
	}

	@Test
	void comparesWithTheSameDaysOfTheWeekOrMonthBefore() {
		assertThat(new Period(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 27)).previous())
			.contains(new Period(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 20)));
		assertThat(new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).previous())
			.contains(new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
		assertThat(new Period(LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 25)).previous())
			.contains(new Period(LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 18)));
		assertThat(new Period(TODAY, TODAY).previous()).isEmpty();
	}

}
