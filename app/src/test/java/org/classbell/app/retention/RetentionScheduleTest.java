package org.classbell.app.retention;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Trigger;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionScheduleTest {

	/** Wednesday 25 November 2026, 09:30 in Moscow. */
	private static final Date NOW = Date.from(Instant.parse("2026-11-25T06:30:00Z"));

	private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void sweepsEveryNightAtItsTimeInTheSchoolsZone() {
		Trigger trigger = RetentionSchedule.trigger(LocalTime.of(3, 30), ZoneId.of("Europe/Moscow"), START);

		assertThat(next(trigger, NOW)).isEqualTo("2026-11-26T00:30:00Z");
		assertThat(next(trigger, Date.from(Instant.parse("2026-11-26T00:30:00Z")))).isEqualTo("2026-11-27T00:30:00Z");
		assertThat(next(RetentionSchedule.trigger(LocalTime.of(3, 30), ZoneId.of("Asia/Yekaterinburg"), START), NOW))
			.isEqualTo("2026-11-25T22:30:00Z");
		assertThat(trigger.getKey()).isEqualTo(RetentionSchedule.TRIGGER);
		assertThat(trigger.getJobKey()).isEqualTo(RetentionSchedule.JOB);
	}

	@Test
	void sweepsOnceLateWhenEveryNodeWasDownAtItsTime() {
		Trigger trigger = RetentionSchedule.trigger(LocalTime.of(3, 30), ZoneId.of("Europe/Moscow"), START);

		assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
	}

	private static String next(Trigger trigger, Date after) {
		return trigger.getFireTimeAfter(after).toInstant().toString();
	}

}
