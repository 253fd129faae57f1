package org.classbell.notifier.polls;

import java.time.Clock;
import java.util.Date;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

import org.classbell.notifier.reports.ReportProperties;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps Quartz's trigger of the polls' closing round, every 30 seconds, on the nodes that
 * keep the schedules ({@code classbell.reports.scheduled}); Quartz, clustered in
 * PostgreSQL, fires each round on one node.
 */
@Component
class PollSchedule {

	static final JobKey POLLS = JobKey.jobKey("polls", "classbell");

	private static final TriggerKey TRIGGER = TriggerKey.triggerKey("polls", "classbell");

	private final Scheduler scheduler;

	private final ReportProperties properties;

	private final Clock clock;

	PollSchedule(Scheduler scheduler, ReportProperties properties, Clock clock) {
		this.scheduler = scheduler;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() throws SchedulerException {
		if (!this.properties.scheduled() || this.scheduler.checkExists(TRIGGER)) {
			return;
		}
		JobDetail job = JobBuilder.newJob(PollJob.class)
			.withIdentity(POLLS)
			.storeDurably()
			.withDescription("Closes the polls whose time has come")
			.build();
		Trigger trigger = TriggerBuilder.newTrigger()
			.withIdentity(TRIGGER)
			.startAt(Date.from(this.clock.instant()))
			.forJob(POLLS)
			.withSchedule(CronScheduleBuilder.cronSchedule("0/30 * * * * ?").withMisfireHandlingInstructionDoNothing())
			.build();
		try {
			this.scheduler.addJob(job, true);
			this.scheduler.scheduleJob(trigger);
		}
		catch (ObjectAlreadyExistsException ex) {
			// another node scheduled it at the same moment
		}
	}

}
