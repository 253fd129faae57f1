package org.classbell.notifier.testing;

import java.util.Properties;

import javax.sql.DataSource;

import org.quartz.Scheduler;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * The nodes' Quartz job store in the test database, seen from a test.
 */
public final class QuartzStore {

	private QuartzStore() {
	}

	/**
	 * A scheduler of the given node on the clustered job store, never started: it only
	 * reads and writes jobs and triggers. Shut it down after the test.
	 */
	public static Scheduler scheduler(DataSource dataSource, String node) throws Exception {
		SchedulerFactoryBean factory = new SchedulerFactoryBean();
		factory.setDataSource(dataSource);
		factory.setSchedulerName("classbell");
		factory.setAutoStartup(false);
		Properties properties = new Properties();
		properties.setProperty("org.quartz.scheduler.instanceId", node);
		properties.setProperty("org.quartz.jobStore.isClustered", "true");
		properties.setProperty("org.quartz.jobStore.driverDelegateClass",
				"org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
		properties.setProperty("org.quartz.threadPool.threadCount", "1");
		factory.setQuartzProperties(properties);
		factory.afterPropertiesSet();
		return factory.getScheduler();
	}

	/**
	 * Removes every job, trigger and node from the job store, keeping its lock rows.
	 */
	public static void empty(DataSource dataSource) {
		JdbcClient.create(dataSource).sql("""
				truncate qrtz_fired_triggers, qrtz_simple_triggers, qrtz_cron_triggers, qrtz_simprop_triggers,
				         qrtz_blob_triggers, qrtz_triggers, qrtz_job_details, qrtz_scheduler_state""").update();
	}

}
