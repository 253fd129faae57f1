package org.classbell.app.retention;

import org.springframework.beans.factory.annotation.Autowired;
import org.classbell.store.school.SchoolSettingsChanged;
import org.classbell.app.school.DefaultSchool;
import java.util.function.Supplier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.notifier.reports.ReportProperties;
import org.classbell.store.retention.RetentionProperties;

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

	static final JobKey JOB = JobKey.jobKey("retention", "classbell");

	static final TriggerKey TRIGGER = TriggerKey.triggerKey("retention", "classbell");

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
	 * Schedules the sweep, or moves it to a changed time. It runs in one transaction
	 * holding Quartz's trigger lock, so that nodes starting at once take turns: the later
	 * one finds the job and trigger made and leaves them.
	 */
	void sync() throws SchedulerException {
		SchedulerException failed = this.transactions.execute((status) -> {
			try {
				syncInLock();
				return null;
			}
			catch (SchedulerException ex) {
				status.setRollbackOnly();
				return ex;
			}
		});
		if (failed != null) {
			throw failed;
		}
		log.info("Retention: message texts kept {}, the audit log {}; swept nightly at {} ({})",
				this.retention.messageBodies(), this.retention.auditLog(), this.retention.at(), this.zone.get());
	}

	private void syncInLock() throws SchedulerException {
		JobDetail job = JobBuilder.newJob(RetentionJob.class)
			.withIdentity(JOB)
			.storeDurably()
			.requestRecovery()
			.withDescription("Blanks old message texts and deletes the old audit log and bookkeeping")
			.build();
		this.scheduler.addJob(job, true);
		Trigger wanted = trigger(this.retention.at(), this.zone.get(), this.clock.instant());
		Trigger existing = this.scheduler.getTrigger(TRIGGER);
		if (existing == null) {
			this.scheduler.scheduleJob(wanted);
		}
		else if (!same(existing, wanted)) {
			this.scheduler.rescheduleJob(TRIGGER, wanted);
		}
	}

	/**
	 * The sweep's trigger: every day at the time in the zone, and once, late, when every
	 * node was down at the time.
	 */
	static Trigger trigger(LocalTime at, ZoneId zone, Instant from) {
		return TriggerBuilder.newTrigger()
			.withIdentity(TRIGGER)
			.startAt(Date.from(from))
			.forJob(JOB)
			.withSchedule(CronScheduleBuilder
				.cronSchedule(
						String.format(Locale.ROOT, "%d %d %d * * ?", at.getSecond(), at.getMinute(), at.getHour()))
				.inTimeZone(TimeZone.getTimeZone(zone))
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

	private static boolean same(Trigger existing, Trigger wanted) {
		return existing instanceof CronTrigger cron && wanted instanceof CronTrigger cronWanted
				&& cron.getCronExpression().equals(cronWanted.getCronExpression())
				&& cron.getTimeZone().getID().equals(cronWanted.getTimeZone().getID());
	}

}
