package org.classbell.app.export;

import java.nio.file.Path;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quartz.Scheduler;

import org.classbell.notifier.reports.ReportProperties;
import org.classbell.notifier.testing.QuartzStore;
import org.classbell.store.testing.TestDatabase;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nodes of a city keep one daily export in Quartz's clustered job store, at its time
 * in the school's zone; a node without an export directory takes it out and says the
 * export is off.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExportScheduleIntegrationTest {

	private static final int ROUNDS = 5;

	private static final Path DIR = Path.of("/srv/portal-export");

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
	void nodesStartingAtOnceScheduleOneExport() throws Exception {
		ExportSchedule first = schedule("first", DIR, LocalTime.of(19, 0));
		ExportSchedule second = schedule("second", DIR, LocalTime.of(19, 0));
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				QuartzStore.empty(this.dataSource);
				CyclicBarrier start = new CyclicBarrier(2);
				CompletableFuture<Void> one = CompletableFuture.runAsync(() -> sync(first, start), nodes);
				CompletableFuture<Void> two = CompletableFuture.runAsync(() -> sync(second, start), nodes);

				CompletableFuture.allOf(one, two).get(30, TimeUnit.SECONDS);

				assertThat(jobs()).containsExactly("journal-export " + ExportJob.class.getName());
				assertThat(triggers()).containsExactly("journal-export 0 0 19 * * ? Europe/Moscow");
			}
		}
		finally {
			nodes.shutdownNow();
		}
	}

	@Test
	void movesWithTheTimeAndTheSchoolsZone(CapturedOutput output) throws Exception {
		AtomicReference<ZoneId> zone = new AtomicReference<>(ZoneId.of("Europe/Moscow"));
		schedule("first", DIR, LocalTime.of(19, 0), zone::get).sync();
		ExportSchedule later = schedule("second", DIR, LocalTime.of(20, 30), zone::get);

		later.sync();
		zone.set(ZoneId.of("Asia/Yekaterinburg"));
		later.sync();

		assertThat(triggers()).containsExactly("journal-export 0 30 20 * * ? Asia/Yekaterinburg");
		assertThat(output.getAll())
			.contains("Journal export: daily at 20:30 (Asia/Yekaterinburg) into /srv/portal-export, UTF-8 with a "
					+ "byte order mark");
	}

	@Test
	void aNodeWithoutAnExportDirectoryTakesTheExportOutAndSaysItIsOff(CapturedOutput output) throws Exception {
		schedule("first", DIR, LocalTime.of(19, 0)).sync();

		schedule("second", null, LocalTime.of(19, 0)).onReady();

		assertThat(jobs()).isEmpty();
		assertThat(triggers()).isEmpty();
		assertThat(output.getAll().lines().filter((line) -> line.contains("Journal export: off"))).singleElement()
			.satisfies((line) -> assertThat(line).contains("INFO")
				.endsWith("Journal export: off (set CLASSBELL_EXPORT_DIR to write each day's journal for the "
						+ "regional portal)"));
	}

	@Test
	void aNodeThatKeepsNoSchedulesLeavesQuartzAlone(CapturedOutput output) throws Exception {
		Scheduler scheduler = QuartzStore.scheduler(this.dataSource, "quiet");
		this.schedulers.add(scheduler);
		ExportSchedule quiet = new ExportSchedule(scheduler, new ExportProperties(DIR, LocalTime.of(19, 0), "UTF-8"),
				() -> ZoneId.of("Europe/Moscow"), new ReportProperties(false, 500), clock(),
				new DataSourceTransactionManager(this.dataSource), () -> "/srv/portal-export: not writable");

		quiet.onReady();

		assertThat(jobs()).isEmpty();
		assertThat(output.getAll()).contains("run by the nodes that keep the schedules, not this one")
			.contains("Journal export: cannot write the export directory now (/srv/portal-export: not writable)");
	}

	private List<String> jobs() {
		return this.jdbc.sql("select job_name || ' ' || job_class_name from qrtz_job_details")
			.query(String.class)
			.list();
	}

	private List<String> triggers() {
		return this.jdbc
			.sql("select trigger_name || ' ' || cron_expression || ' ' || time_zone_id from qrtz_cron_triggers")
			.query(String.class)
			.list();
	}

	private static void sync(ExportSchedule schedule, CyclicBarrier start) {
		try {
			start.await(10, TimeUnit.SECONDS);
			schedule.sync();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private ExportSchedule schedule(String node, Path dir, LocalTime at) throws Exception {
		return schedule(node, dir, at, () -> ZoneId.of("Europe/Moscow"));
	}

	private ExportSchedule schedule(String node, Path dir, LocalTime at, Supplier<ZoneId> zone) throws Exception {
		Scheduler scheduler = QuartzStore.scheduler(this.dataSource, node);
		this.schedulers.add(scheduler);
		return new ExportSchedule(scheduler, new ExportProperties(dir, at, "UTF-8"), zone,
				new ReportProperties(true, 500), clock(), new DataSourceTransactionManager(this.dataSource),
				() -> null);
	}

	private static Clock clock() {
		return Clock.fixed(Instant.parse("2026-11-25T06:30:00Z"), ZoneOffset.UTC);
	}

}
