package org.classbell.app.retention;

import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicReference;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;

import org.classbell.notifier.reports.ReportProperties;
import org.classbell.notifier.testing.QuartzStore;
import org.classbell.store.retention.RetentionProperties;
import org.classbell.store.testing.TestDatabase;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nodes of a city keep one retention sweep in Quartz's clustered job store, which
 * fires it on one of them: nodes that start at the same moment make one job and one
 * trigger, and a node started with another time moves it.
 */
class RetentionScheduleIntegrationTest {

	private static final int ROUNDS = 10;

	private final List<Scheduler> schedulers = new ArrayList<>();

	private DataSource dataSource;

	private JdbcClient jdbc;

	@BeforeEach
	void database() {
		this.dataSource = TestDatabase.migrated();
		this.jdbc = JdbcClient.create(this.dataSource);
		QuartzStore.empty(this.dataSource);
	}

	@AfterEach
	void stop() throws Exception {
		for (Scheduler scheduler : this.schedulers) {
			scheduler.shutdown();
		}
		QuartzStore.empty(this.dataSource);
	}

	@Test
	void nodesStartingAtOnceScheduleOneSweep() throws Exception {
		RetentionSchedule first = schedule("first", LocalTime.of(3, 30));
		RetentionSchedule second = schedule("second", LocalTime.of(3, 30));
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				QuartzStore.empty(this.dataSource);
				CyclicBarrier start = new CyclicBarrier(2);
				CompletableFuture<Void> one = CompletableFuture.runAsync(() -> sync(first, start), nodes);
				CompletableFuture<Void> two = CompletableFuture.runAsync(() -> sync(second, start), nodes);

				CompletableFuture.allOf(one, two).get(30, TimeUnit.SECONDS);

				assertThat(this.jdbc.sql("select job_name || ' ' || job_class_name from qrtz_job_details")
					.query(String.class)
					.list()).containsExactly("retention " + RetentionJob.class.getName());
				assertThat(this.jdbc
					.sql("select trigger_name || ' ' || cron_expression || ' ' || time_zone_id "
							+ "from qrtz_cron_triggers")
					.query(String.class)
					.list()).containsExactly("retention 0 30 3 * * ? Europe/Moscow");
			}
		}
		finally {
			nodes.shutdownNow();
		}
	}

	@Test
	void aNodeStartedWithAnotherTimeMovesTheSweep() throws Exception {
		schedule("first", LocalTime.of(3, 30)).sync();
		RetentionSchedule second = schedule("second", LocalTime.of(4, 15));

		second.sync();
		second.sync();

		CronTrigger trigger = (CronTrigger) this.schedulers.get(1).getTrigger(RetentionSchedule.TRIGGER);
		assertThat(trigger.getCronExpression()).isEqualTo("0 15 4 * * ?");
		assertThat(this.jdbc.sql("select count(*) from qrtz_triggers").query(Long.class).single()).isOne();
	}

	@Test
	void followsTheSchoolToItsNewTimeZone() throws Exception {
		AtomicReference<ZoneId> zone = new AtomicReference<>(ZoneId.of("Europe/Moscow"));
		RetentionSchedule schedule = schedule("first", LocalTime.of(3, 30), zone::get);
		schedule.sync();

		zone.set(ZoneId.of("Asia/Yekaterinburg"));
		schedule.sync();

		assertThat(this.jdbc.sql("select time_zone_id from qrtz_cron_triggers").query(String.class).single())
			.isEqualTo("Asia/Yekaterinburg");
	}

	private static void sync(RetentionSchedule schedule, CyclicBarrier start) {
		try {
			start.await(10, TimeUnit.SECONDS);
			schedule.sync();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private RetentionSchedule schedule(String node, LocalTime at) throws Exception {
		return schedule(node, at, () -> ZoneId.of("Europe/Moscow"));
	}

	private RetentionSchedule schedule(String node, LocalTime at, Supplier<ZoneId> zone) throws Exception {
		Scheduler scheduler = QuartzStore.scheduler(this.dataSource, node);
		this.schedulers.add(scheduler);
		return new RetentionSchedule(scheduler,
				new RetentionProperties(Period.ofDays(180), Period.ofYears(3), at, 5000), zone,
				new ReportProperties(true, 500), Clock.fixed(Instant.parse("2026-11-25T06:30:00Z"), ZoneOffset.UTC),
				new DataSourceTransactionManager(this.dataSource));
	}

}
