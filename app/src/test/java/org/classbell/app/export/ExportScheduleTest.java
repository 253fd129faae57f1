package org.classbell.app.export;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Trigger;

import static org.assertj.core.api.Assertions.assertThat;

class ExportScheduleTest {

	/** Wednesday 25 November 2026, 09:30 in Moscow. */
	private static final Date NOW = Date.from(Instant.parse("2026-11-25T06:30:00Z"));

	private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void exportsEveryEveningAtItsTimeInTheSchoolsZone() {
		Trigger trigger = ExportSchedule.trigger(LocalTime.of(19, 0), ZoneId.of("Europe/Moscow"), START);

		assertThat(next(trigger, NOW)).isEqualTo("2026-11-25T16:00:00Z");
		assertThat(next(trigger, Date.from(Instant.parse("2026-11-25T16:00:00Z")))).isEqualTo("2026-11-26T16:00:00Z");
		assertThat(next(ExportSchedule.trigger(LocalTime.of(19, 0), ZoneId.of("Asia/Yekaterinburg"), START), NOW))
			.isEqualTo("2026-11-25T14:00:00Z");
		assertThat(trigger.getKey()).isEqualTo(ExportSchedule.TRIGGER);
		assertThat(trigger.getJobKey()).isEqualTo(ExportSchedule.JOB);
	}

	@Test
	void exportsOnceLateWhenEveryNodeWasDownAtItsTime() {
		Trigger trigger = ExportSchedule.trigger(LocalTime.of(19, 0), ZoneId.of("Europe/Moscow"), START);

		assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
	}

	private static String next(Trigger trigger, Date after) {
		return trigger.getFireTimeAfter(after).toInstant().toString();
	}

}
