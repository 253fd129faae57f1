package org.classbell.notifier.dispatch;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTest {

	static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	static final QuietHours NIGHT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

	@Test
	void holdsEveningMessagesUntilTheNextMorning() {
		assertThat(NIGHT.holdUntil(Instant.parse("2026-11-25T18:00:00Z"), MOSCOW))
			.contains(Instant.parse("2026-11-26T05:00:00Z"));
	}

	@Test
	void holdsNightMessagesUntilThisMorning() {
		assertThat(NIGHT.holdUntil(Instant.parse("2026-11-25T01:30:00Z"), MOSCOW))
			.contains(Instant.parse("2026-11-25T05:00:00Z"));
	}

	@Test
	void letsDaytimeMessagesGoAndEndsAtTheHour() {
		assertThat(NIGHT.holdUntil(Instant.parse("2026-11-25T05:00:00Z"), MOSCOW)).isEmpty();
		assertThat(NIGHT.holdUntil(Instant.parse("2026-11-25T17:59:59Z"), MOSCOW)).isEmpty();
	}

	@Test
	void handlesHoursWithinOneDayAndNoQuietHours() {
		QuietHours afternoon = new QuietHours(LocalTime.of(13, 0), LocalTime.of(15, 0));
		assertThat(afternoon.holdUntil(Instant.parse("2026-11-25T10:30:00Z"), MOSCOW))
			.contains(Instant.parse("2026-11-25T12:00:00Z"));
		assertThat(afternoon.holdUntil(Instant.parse("2026-11-25T12:00:00Z"), MOSCOW)).isEmpty();
		QuietHours none = new QuietHours(LocalTime.of(22, 0), LocalTime.of(22, 0));
		assertThat(none.holdUntil(Instant.parse("2026-11-25T19:30:00Z"), MOSCOW)).isEmpty();
	}

	@Test
	void isComputedInTheSchoolsTimeZone() {
		assertThat(NIGHT.holdUntil(Instant.parse("2026-11-25T18:00:00Z"), ZoneId.of("Asia/Yekaterinburg")))
			.contains(Instant.parse("2026-11-26T03:00:00Z"));
	}

}
