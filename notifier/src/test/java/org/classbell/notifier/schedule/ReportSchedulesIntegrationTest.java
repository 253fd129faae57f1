package org.classbell.notifier.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
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
import org.quartz.Scheduler;

import org.classbell.notifier.reports.ReportProperties;
import org.classbell.notifier.testing.QuartzStore;
import org.classbell.store.SchoolId;
import org.classbell.store.school.SchoolCreated;
import org.classbell.store.school.SchoolSchedules;
import org.classbell.store.school.SchoolSettings;
import org.classbell.store.school.SchoolSettingsChanged;
import org.classbell.store.school.SegmentBudgets;
import org.classbell.store.testing.DatabaseCleaner;
import org.classbell.store.testing.TestDatabase;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes that start at the same moment on an empty job store both schedule the
 * reports: neither fails on the other's jobs or triggers, and the store ends with one of
 * each.
 */
class ReportSchedulesIntegrationTest {

	private static final int SCHOOLS = 20;

	private static final int ROUNDS = 10;

	private final List<Scheduler> schedulers = new ArrayList<>();

	private DataSource dataSource;

	private JdbcClient jdbc;

	@BeforeEach
	void database() {
		this.dataSource = TestDatabase.migrated();
		DatabaseCleaner.clean(this.dataSource);
		this.jdbc = JdbcClient.create(this.dataSource);
		emptyQuartz();
		for (int school = 1; school <= SCHOOLS; school++) {
			this.jdbc.sql("insert into school (name, name_key) values (?, ?)")
				.params("Школа №" + school, "школа №" + school)
				.update();
		}
	}

	@AfterEach
	void stop() throws Exception {
		for (Scheduler scheduler : this.schedulers) {
			scheduler.shutdown();
		}
		emptyQuartz();
		DatabaseCleaner.clean(this.dataSource);
	}

	@Test
	void nodesStartingAtOnceBothScheduleTheReportsOnce() throws Exception {
		ReportSchedules first = schedules("first");
		ReportSchedules second = schedules("second");
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				emptyQuartz();
				CyclicBarrier start = new CyclicBarrier(2);
				CompletableFuture<Void> one = CompletableFuture.runAsync(() -> sync(first, start), nodes);
				CompletableFuture<Void> two = CompletableFuture.runAsync(() -> sync(second, start), nodes);

				CompletableFuture.allOf(one, two).get(30, TimeUnit.SECONDS);

				assertThat(count("select count(*) from qrtz_job_details")).isEqualTo(2);
				assertThat(count("select count(*) from qrtz_triggers where trigger_group = 'reports'"))
					.isEqualTo(4 * SCHOOLS);
				assertThat(count("select count(*) from qrtz_cron_triggers")).isEqualTo(4 * SCHOOLS + 1);
			}
		}
		finally {
			nodes.shutdownNow();
		}
	}

	@Test
	void schedulesTheReportsOfASchoolMadeWhileRunning() throws Exception {
		ReportSchedules schedules = schedules("only");
		schedules.sync();
		long school = this.jdbc
			.sql("""
					insert into school (code, name, name_key, time_zone) values ('sch8', 'Школа № 8', 'школа № 8', 'Asia/Omsk')
					returning id""")
			.query(Long.class)
			.single();

		schedules.onSchoolCreated(new SchoolCreated(new SchoolId(school)));

		assertThat(count("select count(*) from qrtz_triggers where trigger_group = 'reports'"))
			.isEqualTo(4 * (SCHOOLS + 1));
		assertThat(zones(school)).isEqualTo("Asia/Omsk");
	}

	@Test
	void movesASchoolsReportsToTheTimeZoneItChangedTo() throws Exception {
		ReportSchedules schedules = schedules("only");
		schedules.sync();
		long school = this.jdbc.sql("select min(id) from school").query(Long.class).single();
		SchoolSettings before = new SchoolSettings(ZoneId.of("Europe/Moscow"), "RU", LocalTime.of(21, 0),
				LocalTime.of(8, 0), false, SegmentBudgets.DEFAULTS);
		SchoolSettings quieter = before.withQuietHours(LocalTime.of(20, 0), LocalTime.of(8, 0));
		SchoolSettings after = before.withTimeZone(ZoneId.of("Asia/Yekaterinburg"));
		this.jdbc.sql("update school set time_zone = 'Asia/Yekaterinburg' where id = ?").param(school).update();

		schedules.onSettingsChanged(new SchoolSettingsChanged(new SchoolId(school), before, quieter));
		String untouched = zones(school);
		schedules.onSettingsChanged(new SchoolSettingsChanged(new SchoolId(school), before, after));

		assertThat(untouched).isEqualTo("Europe/Moscow");
		assertThat(zones(school)).isEqualTo("Asia/Yekaterinburg");
		assertThat(count("select count(*) from qrtz_cron_triggers where time_zone_id = 'Europe/Moscow'"))
			.as("the other schools'")
			.isEqualTo(4 * (SCHOOLS - 1));
	}

	/**
	 * The distinct time zones of the school's report triggers.
	 */
	private String zones(long school) {
		return this.jdbc.sql("""
				select string_agg(distinct c.time_zone_id, ',') from qrtz_cron_triggers c
				join qrtz_triggers t using (sched_name, trigger_name, trigger_group)
				where t.trigger_group = 'reports' and t.trigger_name like '%-' || ?
				""").param(school).query(String.class).single();
	}

	private static void sync(ReportSchedules schedules, CyclicBarrier start) {
		try {
			start.await(10, TimeUnit.SECONDS);
			schedules.sync();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private ReportSchedules schedules(String node) throws Exception {
		Clock clock = Clock.fixed(Instant.parse("2026-11-25T06:30:00Z"), ZoneOffset.UTC);
		Scheduler scheduler = QuartzStore.scheduler(this.dataSource, node);
		this.schedulers.add(scheduler);
		return new ReportSchedules(scheduler, new SchoolSchedules(this.jdbc), new ReportProperties(true, 500), clock,
				new DataSourceTransactionManager(this.dataSource));
	}

	private void emptyQuartz() {
		QuartzStore.empty(this.dataSource);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
