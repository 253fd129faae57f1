package org.classbell.app.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.app.scheduling.DailyJob;
import org.classbell.app.scheduling.DailySchedule;
import org.classbell.app.school.DefaultSchool;
import org.classbell.notifier.reports.ReportProperties;
import org.classbell.store.retention.RetentionProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Keeps the nightly retention sweep in Quartz: one job and one cron trigger at
 * {@code classbell.retention.at} in the default school's time zone, in the clustered job
 * store, so that it fires on one node of a city. Nodes that keep the report schedules
 * ({@code classbell.reports.scheduled}) keep this one too.
 */
@Component
class RetentionSchedule extends DailySchedule {

	private static final DailyJob DAILY = new DailyJob("retention", RetentionJob.class,
			"Blanks old message texts and deletes the old audit log and bookkeeping");

	static final JobKey JOB = DAILY.jobKey();

	static final TriggerKey TRIGGER = DAILY.triggerKey();

	private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

	private final RetentionProperties retention;

	@Autowired
	RetentionSchedule(Scheduler scheduler, RetentionProperties retention, DefaultSchool school,
			ReportProperties reports, Clock clock, PlatformTransactionManager transactions) {
		this(scheduler, retention, () -> school.get().timeZone(), reports, clock, transactions);
	}

	/**
	 * A schedule in the zone the supplier gives when it syncs.
	 */
	RetentionSchedule(Scheduler scheduler, RetentionProperties retention, Supplier<ZoneId> zone,
			ReportProperties reports, Clock clock, PlatformTransactionManager transactions) {
		super(DAILY, scheduler, zone, reports.scheduled(), clock, transactions);
		this.retention = retention;
	}

	@Override
	protected Optional<LocalTime> at() {
		return Optional.of(this.retention.at());
	}

	@Override
	protected void synced(Optional<LocalTime> at, ZoneId zone) {
		log.info("Retention: message texts kept {}, the audit log {}; swept nightly at {} ({})",
				this.retention.messageBodies(), this.retention.auditLog(), this.retention.at(), zone);
	}

	/**
	 * The sweep's trigger: every day at the time in the zone, and once, late, when every
	 * node was down at the time.
	 */
	static Trigger trigger(LocalTime at, ZoneId zone, Instant from) {
		return DAILY.trigger(at, zone, from);
	}

}
