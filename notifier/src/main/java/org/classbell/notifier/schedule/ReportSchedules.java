package org.classbell.notifier.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.notifier.reports.ReportKind;
import org.classbell.notifier.reports.ReportProperties;
import org.classbell.store.SchoolId;
import org.classbell.store.school.SchoolCreated;
import org.classbell.store.school.SchoolSchedule;
import org.classbell.store.school.SchoolSchedules;
import org.classbell.store.school.SchoolSettingsChanged;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps Quartz's triggers in line with the schools' report times: for each school a cron
 * trigger per report, in the school's time zone, and one trigger for the digest rounds.
 * Quartz keeps them in PostgreSQL, clustered: each fires on one node, and a run on a node
 * that dies is run again by another (the runs send nothing twice).
 */
@Component
public class ReportSchedules {

	static final JobKey REPORTS = JobKey.jobKey("reports", "classbell");

	static final JobKey DIGESTS = JobKey.jobKey("digests", "classbell");

	private static final Logger log = LoggerFactory.getLogger(ReportSchedules.class);

	private final Scheduler scheduler;

	private final SchoolSchedules schoolSchedules;

	private final ReportProperties properties;

	private final Clock clock;

	private final TransactionTemplate transactions;

	ReportSchedules(Scheduler scheduler, SchoolSchedules schoolSchedules, ReportProperties properties, Clock clock,
			PlatformTransactionManager transactions) {
		this.scheduler = scheduler;
		this.schoolSchedules = schoolSchedules;
		this.properties = properties;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() throws SchedulerException {
		if (this.properties.scheduled()) {
			sync();
		}
		else {
			log.info("Report schedules are off on this node (classbell.reports.scheduled=false)");
		}
	}

	/**
	 * Moves a school's reports to its new time zone, in the transaction that changed it:
	 * the change stands only if its reports are rescheduled.
	 */
	@EventListener
	void onSettingsChanged(SchoolSettingsChanged changed) throws SchedulerException {
		if (changed.timeZoneChanged() && this.properties.scheduled()) {
			sync();
		}
	}

	/**
	 * Schedules a new school's reports, in the transaction that made it.
	 */
	@EventListener
	void onSchoolCreated(SchoolCreated created) throws SchedulerException {
		if (this.properties.scheduled()) {
			sync();
		}
	}

	/**
	 * Schedules every school's reports and the digest rounds, changing only triggers
	 * whose times changed. It runs in one transaction holding Quartz's trigger lock, so
	 * nodes that start at once take turns: the later one finds the jobs and triggers made
	 * and leaves them.
	 */
	public void sync() throws SchedulerException {
		try {
			this.transactions.executeWithoutResult((status) -> {
				try {
					syncInLock();
				}
				catch (SchedulerException ex) {
					throw new ScheduleFailed(ex);
				}
			});
		}
		catch (ScheduleFailed ex) {
			throw ex.reason;
		}
	}

	private void syncInLock() throws SchedulerException {
		JobDetail reports = JobBuilder.newJob(ReportJob.class)
			.withIdentity(REPORTS)
			.storeDurably()
			.requestRecovery()
			.withDescription("Periodic progress reports of one school")
			.build();
		JobDetail digests = JobBuilder.newJob(DigestJob.class)
			.withIdentity(DIGESTS)
			.storeDurably()
			.requestRecovery()
			.withDescription("End-of-day digests that fell due")
			.build();
		List<Trigger> triggers = new ArrayList<>();
		List<SchoolSchedule> schedules = schedules();
		schedules.forEach((schedule) -> triggers.addAll(triggers(schedule, this.clock.instant())));
		schedule(reports, triggers);
		schedule(digests,
				List.of(TriggerBuilder.newTrigger()
					.withIdentity("digests", "classbell")
					.startAt(Date.from(this.clock.instant()))
					.forJob(DIGESTS)
					.withSchedule(
							CronScheduleBuilder.cronSchedule("0 * * * * ?").withMisfireHandlingInstructionDoNothing())
					.build()));
		for (SchoolSchedule schedule : schedules) {
			log.info("Reports of school {} ({}): daily at {}, weekly on {} at {}, monthly at {}, end of term at {}",
					schedule.school().value(), schedule.zone(), schedule.dailyAt(), schedule.weeklyDay(),
					schedule.weeklyAt(), schedule.monthlyAt(), schedule.termAt());
		}
	}

	/**
	 * The school's report times.
	 */
	public List<SchoolSchedule> schedules() {
		return this.schoolSchedules.all();
	}

	public Optional<SchoolSchedule> schedule(SchoolId school) {
		return this.schoolSchedules.of(school);
	}

	/**
	 * Changes a school's report times and reschedules them.
	 */
	public SchoolSchedule change(SchoolSchedule schedule) throws SchedulerException {
		this.schoolSchedules.change(schedule);
		if (this.properties.scheduled()) {
			sync();
		}
		return schedule(schedule.school()).orElseThrow();
	}

	/**
	 * The triggers of a school's reports: cron triggers in its time zone, each carrying
	 * the school and the report, and firing once, late, when the schedulers were all down
	 * at the time.
	 */
	public static List<Trigger> triggers(SchoolSchedule schedule, Instant from) {
		String weekday = schedule.weeklyDay().name().substring(0, 3);
		return List.of(trigger(schedule, ReportKind.DAY, daily(schedule.dailyAt()), from),
				trigger(schedule, ReportKind.WEEK, cron(schedule.weeklyAt(), weekday), from),
				trigger(schedule, ReportKind.MONTH, daily(schedule.monthlyAt()), from),
				trigger(schedule, ReportKind.TERM, daily(schedule.termAt()), from));
	}

	private static String daily(LocalTime at) {
		return cron(at, "*");
	}

	private static String cron(LocalTime at, String weekday) {
		return String.format(Locale.ROOT, "0 %d %d ? * %s", at.getMinute(), at.getHour(), weekday);
	}

	private static Trigger trigger(SchoolSchedule schedule, ReportKind kind, String cron, Instant from) {
		return TriggerBuilder.newTrigger()
			.withIdentity(kind.code() + "-" + schedule.school().value(), "reports")
			.startAt(Date.from(from))
			.forJob(REPORTS)
			.usingJobData(ReportJob.SCHOOL, schedule.school().value())
			.usingJobData(ReportJob.KIND, kind.code())
			.withSchedule(CronScheduleBuilder.cronSchedule(cron)
				.inTimeZone(TimeZone.getTimeZone(schedule.zone()))
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

	private void schedule(JobDetail job, List<Trigger> triggers) throws SchedulerException {
		this.scheduler.addJob(job, true);
		for (Trigger trigger : triggers) {
			Trigger existing = this.scheduler.getTrigger(trigger.getKey());
			if (existing == null) {
				this.scheduler.scheduleJob(trigger);
			}
			else if (!same(existing, trigger)) {
				this.scheduler.rescheduleJob(trigger.getKey(), trigger);
			}
		}
	}

	private static boolean same(Trigger existing, Trigger wanted) {
		return existing instanceof CronTrigger cron && wanted instanceof CronTrigger cronWanted
				&& cron.getCronExpression().equals(cronWanted.getCronExpression())
				&& cron.getTimeZone().getID().equals(cronWanted.getTimeZone().getID())
				&& cron.getJobDataMap().equals(cronWanted.getJobDataMap());
	}

	/**
	 * Carries a scheduler's checked exception out of the transaction callback.
	 */
	private static final class ScheduleFailed extends RuntimeException {

		private final SchedulerException reason;

		ScheduleFailed(SchedulerException reason) {
			super(reason);
			this.reason = reason;
		}

	}

}
