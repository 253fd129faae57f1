package org.classbell.notifier.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.store.Timestamps;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;
import org.classbell.store.testing.DatabaseTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report runs of two schools as the metrics read them, at 06:30 UTC on 25 November.
 */
@SpringBootTest(classes = ReportRunFiguresIntegrationTest.Beans.class,
		webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DatabaseTest
class ReportRunFiguresIntegrationTest {

	static final Instant NOW = Instant.parse("2026-11-25T06:30:00Z");

	@Autowired
	ReportRunFigures figures;

	@Autowired
	Schools schools;

	@Autowired
	JdbcClient jdbc;

	School school;

	School other;

	@BeforeEach
	void schools() {
		this.school = this.schools.ensure("Школа №1", ZoneId.of("Europe/Moscow"));
		this.other = this.schools.ensure("Школа №2", ZoneId.of("Europe/Moscow"));
	}

	@Test
	void countsTheRunsOfTheLastDayAndTellsWhenEachReportLastFinished() {
		run(this.school, "day", "2026-11-24T15:00:00Z", "2026-11-24T15:01:00Z");
		run(this.other, "day", "2026-11-24T15:00:00Z", "2026-11-24T15:02:30Z");
		run(this.school, "day", "2026-11-25T05:30:00Z", null);
		run(this.school, "day", "2026-11-20T15:00:00Z", null);
		run(this.school, "week", "2026-11-20T14:00:00Z", "2026-11-20T14:00:40Z");
		run(this.school, "digest", "2026-11-25T06:00:00Z", "2026-11-25T06:00:10Z");

		assertThat(this.figures.read(NOW)).containsExactly(
				new ReportRunFigures.Runs(ReportKind.DAY, 1, 2, Instant.parse("2026-11-24T15:02:30Z")),
				new ReportRunFigures.Runs(ReportKind.WEEK, 0, 0, Instant.parse("2026-11-20T14:00:40Z")),
				new ReportRunFigures.Runs(ReportKind.MONTH, 0, 0, null),
				new ReportRunFigures.Runs(ReportKind.TERM, 0, 0, null));
	}

	@Test
	void listsEveryReportBeforeTheFirstRun() {
		assertThat(this.figures.read(NOW)).extracting(ReportRunFigures.Runs::kind)
			.containsExactly(ReportKind.DAY, ReportKind.WEEK, ReportKind.MONTH, ReportKind.TERM);
		assertThat(this.figures.read(NOW)).allSatisfy((runs) -> {
			assertThat(runs.running()).isZero();
			assertThat(runs.finished()).isZero();
			assertThat(runs.lastFinished()).isNull();
		});
	}

	private void run(School school, String period, String started, String finished) {
		LocalDate day = Instant.parse(started).atZone(school.timeZone()).toLocalDate();
		this.jdbc.sql("""
				insert into report_run (school_id, period, period_from, period_to, started_by, node, started_at,
				                        finished_at)
				values (?, ?, ?, ?, 'schedule', 'node-1', ?, ?)
				""")
			.params(school.id().value(), period, day, day, Timestamps.of(Instant.parse(started)),
					(finished != null) ? Timestamps.of(Instant.parse(finished)) : null)
			.update();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import({ ReportRunFigures.class, Schools.class, AuditTrail.class })
	static class Beans {

	}

}
