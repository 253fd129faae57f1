package org.classbell.app.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.classbell.app.ApiIntegrationTest;
import org.classbell.app.school.DefaultSchool;
import org.classbell.notifier.reports.Period;
import org.classbell.notifier.reports.ReportKind;
import org.classbell.notifier.reports.ReportProperties;
import org.classbell.notifier.reports.ReportRuns;
import org.classbell.store.school.SchoolId;
import org.classbell.store.school.Schools;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the weekly report run takes for a school of 10,000 students with 20 marks and
 * 2 absences each, and how many SQL statements it sends; prints the figures, asserting
 * only the counts. Not part of the suite: run it with {@code ./mvnw -B verify -pl
 * store,templates,notifier,bot,app -Dtest=ReportRunBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Import(ReportRunBenchmark.CountedStatements.class)
class ReportRunBenchmark extends ApiIntegrationTest {

	static final StatementCounter STATEMENTS = new StatementCounter();

	static final int STUDENTS = 10_000;

	static final int WARM_UP_STUDENTS = 1_000;

	/** Friday 27 November 2026, 17:00 in Moscow: when the weekly reports go out. */
	static final Instant FRIDAY_EVENING = Instant.parse("2026-11-27T14:00:00Z");

	static final Period WEEK = new Period(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 27));

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ReportRuns runs;

	@Autowired
	ReportProperties properties;

	@Autowired
	DefaultSchool defaultSchool;

	@Autowired
	Schools schools;

	@Test
	void runsTheWeeklyReportsOfALargeSchool() {
		this.clock.set(FRIDAY_EVENING);
		WeekJournal journal = new WeekJournal(this.jdbc, new TransactionTemplate(this.transactionManager));
		SchoolId warmUp = this.schools.ensure("Школа для разогрева", ZoneId.of("Europe/Moscow")).id();
		SchoolId school = this.defaultSchool.get().id();
		long started = System.nanoTime();
		long warmUpRows = journal.write(warmUp, WARM_UP_STUDENTS, WEEK.from());
		double warmUpGeneration = seconds(started);
		started = System.nanoTime();
		long rows = journal.write(school, STUDENTS, WEEK.from());
		double generation = seconds(started);

		started = System.nanoTime();
		ReportRuns.Run warm = this.runs.run(warmUp, ReportKind.WEEK, WEEK, "bench");
		double warming = seconds(started);

		STATEMENTS.start();
		started = System.nanoTime();
		ReportRuns.Run run = this.runs.run(school, ReportKind.WEEK, WEEK, "bench");
		double running = seconds(started);
		StatementCounter.Figures counted = STATEMENTS.stop();

		STATEMENTS.start();
		started = System.nanoTime();
		Response answer = postAsAdmin("/api/reports/run", "application/json",
				"{\"period\":\"week\",\"date\":\"2026-11-27\"}");
		double rerunning = seconds(started);
		StatementCounter.Figures recounted = STATEMENTS.stop();

		int batches = (run.students() + this.properties.batchSize() - 1) / this.properties.batchSize();
		System.out.printf(Locale.ROOT, """

				Weekly report run (%s to %s), %d students in %d classes, %d marks and %d lesson absences each \
				a week, batch size %d%s:
				  (guardians: one per student, all with a phone and consent, every other one linked to Telegram)
				  generation: %.1f s, %d rows (set-based inserts, triggers off, then analyze)
				  warm-up: a separate school of %d students (%d rows in %.1f s), %d queued in %.2f s, not counted
				  run: %d students, %d guardians, %d queued, %d unreachable in %.2f s: %.0f students a second
				%s
				  rerun (POST /api/reports/run): %d queued, %d already queued in %.2f s
				%s

				""", WEEK.from(), WEEK.to(), STUDENTS, STUDENTS / WeekJournal.CLASS_SIZE, WeekJournal.MARKS,
				WeekJournal.ABSENCES, this.properties.batchSize(),
				(this.properties.batchSize() == 500) ? " (the default)" : "", generation, rows, WARM_UP_STUDENTS,
				warmUpRows, warmUpGeneration, warm.queued(), warming, run.students(), run.guardians(), run.queued(),
				run.unreachable(), running, run.students() / running, counted.lines("    "),
				answer.json().path("queued").asInt(), answer.json().path("alreadyQueued").asInt(), rerunning,
				recounted.lines("    "));

		assertThat(warm.queued()).isEqualTo(WARM_UP_STUDENTS);
		assertThat(run.students()).isEqualTo(STUDENTS);
		assertThat(run.queued()).isEqualTo(STUDENTS);
		assertThat(answer.status()).isEqualTo(200);
		JsonNode rerun = answer.json();
		assertThat(rerun.path("queued").asInt()).isZero();
		assertThat(rerun.path("alreadyQueued").asInt()).isEqualTo(STUDENTS);
		assertThat(counted.statements()).isBetween(1L, 20L * batches + 10);
		assertThat(recounted.statements()).isBetween(1L, 20L * batches + 10);
	}

	private static double seconds(long started) {
		return (System.nanoTime() - started) / 1e9;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CountedStatements {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return STATEMENTS.wrapping();
		}

	}

}
