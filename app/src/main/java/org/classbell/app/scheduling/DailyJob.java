package org.classbell.app.scheduling;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * A job Quartz runs every day at a time in a time zone, and once, late, when every node
 * was down at the time: its job and cron trigger, and how to make them or move them.
 */
public final class DailyJob {

	private final JobKey job;

	private final TriggerKey trigger;

	private final Class<? extends Job> type;

	private final String description;

	/**
	 * @param name the job's and the trigger's name, in the group {@code classbell}
	 * @param type the Quartz job; annotate it {@code @DisallowConcurrentExecution}
	 * @param description what it does, for Quartz's tables
	 */
	public DailyJob(String name, Class<? extends Job> type, String description) {
		this.job = JobKey.jobKey(name, "classbell");
		this.trigger = TriggerKey.triggerKey(name, "classbell");
		this.type = type;
		this.description = description;
	}

	public JobKey jobKey() {
		return this.job;
	}

	public TriggerKey triggerKey() {
		return this.trigger;
	}

	/**
	 * Schedules the job at the time, or moves it there. It runs in one transaction
	 * holding Quartz's trigger lock, so that nodes starting at once take turns: the later
	 * one finds the job and trigger made and leaves them.
	 */
	public void sync(Scheduler scheduler, TransactionTemplate transactions, LocalTime at, ZoneId zone, Instant now)
			throws SchedulerException {
		inTransaction(transactions, () -> {
			JobDetail detail = JobBuilder.newJob(this.type)
				.withIdentity(this.job)
				.storeDurably()
				.requestRecovery()
				.withDescription(this.description)
				.build();
			scheduler.addJob(detail, true);
			Trigger wanted = trigger(at, zone, now);
			Trigger existing = scheduler.getTrigger(this.trigger);
			if (existing == null) {
				scheduler.scheduleJob(wanted);
			}
			else if (!same(existing, wanted)) {
				scheduler.rescheduleJob(this.trigger, wanted);
			}
		});
	}

	/**
	 * Removes the job and its trigger, if they are there.
	 */
	public void unschedule(Scheduler scheduler, TransactionTemplate transactions) throws SchedulerException {
		inTransaction(transactions, () -> scheduler.deleteJob(this.job));
	}

	/**
	 * The job's trigger: every day at the time in the zone, and once, late, when every
	 * node was down at the time.
	 */
	public Trigger trigger(LocalTime at, ZoneId zone, Instant from) {
		return TriggerBuilder.newTrigger()
			.withIdentity(this.trigger)
			.startAt(Date.from(from))
			.forJob(this.job)
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

	private static void inTransaction(TransactionTemplate transactions, SchedulerWork work) throws SchedulerException {
		SchedulerException failed = transactions.execute((status) -> {
			try {
				work.run();
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
	}

	@FunctionalInterface
	private interface SchedulerWork {

		void run() throws SchedulerException;

	}

}
