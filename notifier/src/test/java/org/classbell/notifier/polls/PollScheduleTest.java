package org.classbell.notifier.polls;

import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;

import org.classbell.notifier.reports.ReportProperties;
import org.classbell.store.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The polls' closing round is scheduled once, every 30 seconds, on a node that keeps the
 * schedules, and not at all on one that does not.
 */
class PollScheduleTest {

	private Scheduler scheduler;

	@AfterEach
	void stop() throws Exception {
		if (this.scheduler != null) {
			this.scheduler.shutdown();
		}
	}

	@Test
	void schedulesTheClosingRoundOnceEveryHalfMinute() throws Exception {
		Scheduler quartz = scheduler("keeping");
		new PollSchedule(quartz, new ReportProperties(true, 500), new MutableClock()).onReady();
		new PollSchedule(quartz, new ReportProperties(true, 500), new MutableClock()).onReady();

		assertThat(quartz.getTriggersOfJob(PollSchedule.POLLS)).singleElement()
			.satisfies(
					(trigger) -> assertThat(((CronTrigger) trigger).getCronExpression()).isEqualTo("0/30 * * * * ?"));
		assertThat(quartz.getJobDetail(PollSchedule.POLLS).getJobClass()).isEqualTo(PollJob.class);
	}

	@Test
	void leavesTheRoundToTheNodesThatKeepTheSchedules() throws Exception {
		Scheduler quartz = scheduler("not-keeping");
		new PollSchedule(quartz, new ReportProperties(false, 500), new MutableClock()).onReady();

		assertThat(quartz.checkExists(TriggerKey.triggerKey("polls", "classbell"))).isFalse();
	}

	private Scheduler scheduler(String name) throws Exception {
		Properties properties = new Properties();
		properties.setProperty("org.quartz.scheduler.instanceName", "polls-" + name);
		properties.setProperty("org.quartz.threadPool.threadCount", "1");
		properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
		this.scheduler = new StdSchedulerFactory(properties).getScheduler();
		return this.scheduler;
	}

}
