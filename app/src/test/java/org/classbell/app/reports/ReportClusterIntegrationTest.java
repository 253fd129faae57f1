package org.classbell.app.reports;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;

import org.classbell.app.testing.AppNode;
import org.classbell.notifier.testing.QuartzStore;
import org.classbell.store.SchoolId;
import org.classbell.store.testing.DatabaseCleaner;
import org.classbell.store.testing.TestDatabase;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes, each in a JVM of its own, keeping the report schedules on one database with
 * Quartz clustered: each report fires on one node only, and a run on a node killed with
 * {@code kill -9} in the middle is run again by the other, which sends only what the
 * first did not.
 * <p>
 * The triggers are one-shot triggers at past Fridays, 17:00 in Moscow, added through
 * Quartz's own API by a scheduler that is never started; the nodes' misfire threshold is
 * ten years, so they fire them at once as if on time, and the reports cover the weeks
 * they were scheduled for whatever the wall clock says. The nodes look for new triggers
 * every second (Quartz's idle wait, 30 s by default), as triggers added by another
 * scheduler wake no node.
 */
class ReportClusterIntegrationTest {

	static final int STUDENTS = 50;

	static final int BATCH = 10;

	static final JobKey REPORTS = JobKey.jobKey("reports", "classbell");

	@TempDir
	Path homes;

	DataSource dataSource;

	JdbcClient jdbc;

	SchoolId school;

	Scheduler scheduler;

	final List<AppNode> nodes = new ArrayList<>();

	@BeforeEach
	void prepare() throws Exception {
		this.dataSource = TestDatabase.migrated();
		DatabaseCleaner.clean(this.dataSource);
		this.jdbc = JdbcClient.create(this.dataSource);
		emptyQuartz();
		this.school = new SchoolId(this.jdbc
			.sql("insert into school (name, name_key) values ('Школа кластера', 'школа кластера') returning id")
			.query(Long.class)
			.single());
		new WeekJournal(this.jdbc, new TransactionTemplate(new DataSourceTransactionManager(this.dataSource)))
			.write(this.school, STUDENTS, LocalDate.of(2026, 11, 23));
		this.scheduler = QuartzStore.scheduler(this.dataSource, "test");
	}

	@AfterEach
	void stop() throws Exception {
		this.nodes.forEach(AppNode::close);
		this.scheduler.shutdown();
		emptyQuartz();
		DatabaseCleaner.clean(this.dataSource);
	}

	@Test
	void runsEachReportOnceAndRecoversARunWhoseNodeWasKilled() throws Exception {
		AppNode first = node("first");
		AppNode second = node("second");
		awaitScheduling(first);
		awaitScheduling(second);

		fireWeekly("2026-11-13T14:00:00Z", "2026-11-20T14:00:00Z", "2026-11-27T14:00:00Z");

		await().atMost(Duration.ofSeconds(60)).until(() -> count("""
				select count(*) from report_run
				where period = 'week' and period_to < '2026-11-28' and finished_at is not null""") >= 3);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> count("select count(*) from qrtz_triggers where trigger_group = 'test'") == 0
					&& count("select count(*) from qrtz_fired_triggers where trigger_group = 'test'") == 0);
		assertThat(this.jdbc
			.sql("select period_from || '..' || period_to || ' ' || queued from report_run "
					+ "where period = 'week' and period_to < '2026-11-28' order by period_from")
			.query(String.class)
			.list())
			.containsExactly("2026-11-09..2026-11-13 50", "2026-11-16..2026-11-20 50", "2026-11-23..2026-11-27 50");
		assertThat(count("""
				select count(*) from notification where topic similar to 'report:week:2026-11-(09|16|23):%'"""))
			.isEqualTo(3 * STUDENTS);

		AppNode survivor;
		try (Connection holder = this.dataSource.getConnection()) {
			holder.setAutoCommit(false);
			holdReportOf(holder, 15, "2026-11-02");
			fireWeekly("2026-11-06T14:00:00Z");
			await().atMost(Duration.ofSeconds(30))
				.until(() -> count("""
						select count(*) from notification where topic like 'report:week:2026-11-02:%'""") == BATCH
						&& count("select count(*) from pg_locks where not granted") > 0);
			String ranOn = this.jdbc.sql("select node from report_run where period_from = '2026-11-02'")
				.query(String.class)
				.single();
			AppNode killed = ranOn.startsWith(first.pid() + "@") ? first : second;
			survivor = (killed == first) ? second : first;
			killed.kill();

			await().atMost(Duration.ofSeconds(60))
				.until(() -> count("select count(*) from report_run where period_from = '2026-11-02'") == 2);
			holder.rollback();
		}

		await().atMost(Duration.ofSeconds(30)).until(() -> count("""
				select count(*) from report_run where period_from = '2026-11-02' and finished_at is not null""") == 1);
		assertThat(this.jdbc.sql("""
				select split_part(node, '@', 1) || ' ' || coalesce(queued::text, 'unfinished') || ' '
				       || coalesce(repeated::text, '-')
				from report_run where period_from = '2026-11-02' order by id""").query(String.class).list()).hasSize(2)
			.last()
			.isEqualTo(survivor.pid() + " " + (STUDENTS - BATCH) + " " + BATCH);
		assertThat(count("""
				select count(distinct student_id) from notification where topic like 'report:week:2026-11-02:%'"""))
			.isEqualTo(STUDENTS);
		assertThat(count("select count(*) from notification where topic like 'report:week:2026-11-02:%'"))
			.isEqualTo(STUDENTS);
	}

	/**
	 * Holds, in the given transaction, the outbox key of the report of the n-th student
	 * (by id) for the week starting on the day: a run that writes that report waits for
	 * the transaction to end, in the middle of its run.
	 */
	private void holdReportOf(Connection holder, int nth, String monday) throws Exception {
		Map<String, Object> student = this.jdbc.sql("""
				select s.id as student, sg.guardian_id as guardian from student s
				join student_guardian sg on sg.student_id = s.id
				where s.school_id = ? order by s.id offset ? limit 1""")
			.params(this.school.value(), nth - 1)
			.query()
			.singleRow();
		String topic = "report:week:" + monday + ":" + student.get("student");
		try (PreparedStatement insert = holder.prepareStatement("""
				insert into notification (school_id, kind, channel, address, body, next_attempt_at, created_at,
				                          updated_at, topic, dedupe_key)
				values (?, 'held', 'sms', '+70000000000', 'held', now(), now(), now(), ?, ?)""")) {
			insert.setLong(1, this.school.value());
			insert.setString(2, topic);
			insert.setString(3, topic + "/" + student.get("guardian"));
			insert.executeUpdate();
		}
	}

	private void fireWeekly(String... at) throws Exception {
		for (String instant : at) {
			this.scheduler.scheduleJob(TriggerBuilder.newTrigger()
				.withIdentity("week-" + instant, "test")
				.forJob(REPORTS)
				.usingJobData("school", this.school.value())
				.usingJobData("kind", "week")
				.startAt(Date.from(Instant.parse(instant)))
				.build());
		}
	}

	private AppNode node(String name) throws Exception {
		AppNode node = AppNode.launch(name, this.homes,
				Map.of("classbell.admin.token", "cluster-admin-token", "classbell.school.name", "Школа кластера",
						"classbell.notifier.dispatch.enabled", "false", "classbell.reports.batch-size",
						String.valueOf(BATCH), "spring.quartz.properties.org.quartz.scheduler.instanceId", name,
						"spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval", "1000",
						"spring.quartz.properties.org.quartz.scheduler.idleWaitTime", "1000",
						"spring.quartz.properties.org.quartz.jobStore.misfireThreshold",
						String.valueOf(Duration.ofDays(3650).toMillis())));
		this.nodes.add(node);
		return node;
	}

	private void awaitScheduling(AppNode node) {
		node.awaitStarted();
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> node.logged("Reports of school " + this.school.value()));
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("Node " + node.name() + " did not schedule the reports; it wrote:\n" + node.tail(),
					ex);
		}
	}

	private void emptyQuartz() {
		QuartzStore.empty(this.dataSource);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
