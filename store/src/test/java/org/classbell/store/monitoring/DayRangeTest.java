package org.classbell.store.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DayRangeTest {

	static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	@Test
	void runsFromTheStartOfTheFirstDayToTheStartOfTheDayAfterTheLastInTheZone() {
		DayRange range = new DayRange(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-25"));

		assertThat(range.days()).isEqualTo(25);
		assertThat(range.start(MOSCOW)).isEqualTo(Instant.parse("2026-10-31T21:00:00Z"));
		assertThat(range.end(MOSCOW)).isEqualTo(Instant.parse("2026-11-25T21:00:00Z"));
	}

	@Test
	void makesTheDefaultPeriods() {
		LocalDate today = LocalDate.parse("2026-11-25");

		assertThat(DayRange.daysUpTo(today, 7)).isEqualTo(new DayRange(LocalDate.parse("2026-11-19"), today));
		assertThat(DayRange.monthUpTo(today)).isEqualTo(new DayRange(LocalDate.parse("2026-11-01"), today));
		assertThat(DayRange.monthUpTo(LocalDate.parse("2026-12-01")).days()).isOne();
	}

	@Test
	void refusesABackwardOrTooLongPeriod() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DayRange(LocalDate.parse("2026-11-25"), LocalDate.parse("2026-11-24")));
		assertThat(new DayRange(LocalDate.parse("2025-11-25"), LocalDate.parse("2026-11-25")).days()).isEqualTo(366);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DayRange(LocalDate.parse("2025-11-24"), LocalDate.parse("2026-11-25")));
	}

}
