package org.classbell.app.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.app.scheduling.DailyJob;
import org.classbell.app.school.DefaultSchool;
import org.classbell.notifier.reports.ReportProperties;
import org.classbell.store.retention.RetentionProperties;
import org.classbell.store.school.SchoolSettingsChanged;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the nightly retention sweep in Quartz: one job and one cron trigger at
 * {@code classbell.retention.at} in the default school's time zone, in the clustered job
 * store, so that it fires on one node of a city. Nodes that keep the report schedules
 * ({@code classbell.reports.scheduled}) keep this one too.
 */
@Component
class RetentionSchedule {

	private static final DailyJob DAILY = new DailyJob("retention", RetentionJob.class,
			"Blanks old message texts and deletes the old audit log and bookkeeping");

	static final JobKey JOB = DAILY.jobKey();

	static final TriggerKey TRIGGER = DAILY.triggerKey();

	private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

	private final Scheduler scheduler;

	private final RetentionProperties retention;

	private final Supplier<ZoneId> zone;

	private final boolean scheduled;

	private final Clock clock;

	private final TransactionTemplate transactions;

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
		this.scheduler = scheduler;
		this.retention = retention;
		this.zone = zone;
		this.scheduled = reports.scheduled();
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() throws SchedulerException {
		if (this.scheduled) {
			sync();
		}
	}

	/**
	 * Moves the sweep when the school's time zone changes.
	 */
	@EventListener
	void onSettingsChanged(SchoolSettingsChanged changed) throws SchedulerException {
		if (changed.timeZoneChanged() && this.scheduled) {
			sync();
		}
	}

	/**
	 * Schedules the sweep, or moves it to a changed time.
	 */
	void sync() throws SchedulerException {
		DAILY.sync(this.scheduler, this.transactions, this.retention.at(), this.zone.get(), this.clock.instant());
		log.info("Retention: message texts kept {}, the audit log {}; swept nightly at {} ({})",
				this.retention.messageBodies(), this.retention.auditLog(), this.retention.at(), this.zone.get());
	}

	/**
	 * The sweep's trigger: every day at the time in the zone, and once, late, when every
	 * node was down at the time.
	 */
	static Trigger trigger(LocalTime at, ZoneId zone, Instant from) {
		return DAILY.trigger(at, zone, from);
	}

}
