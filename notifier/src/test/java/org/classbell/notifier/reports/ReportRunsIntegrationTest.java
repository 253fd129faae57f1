package org.classbell.notifier.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

import org.classbell.notifier.NotifierTestApplication;
import org.classbell.notifier.schedule.ReportJob;
import org.classbell.store.school.Schools;
import org.classbell.store.testing.DatabaseTest;
import org.classbell.store.testing.ImportedSchool;
import org.classbell.store.testing.JournalRows;
import org.classbell.store.testing.LinkedChats;
import org.classbell.store.testing.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Periodic reports on the {@link ImportedSchool} with a week of journal: what each parent
 * is sent, by Telegram (Иванова linked it) and by SMS, in their language; who gets which
 * report; runs that send nothing twice; the schedule's rules for which report is due.
 * Telegram is on (a bot token, a Bot API never called, since nothing is dispatched), as
 * messages go only by channels that are on.
 */
@SpringBootTest(classes = NotifierTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "classbell.home=${java.io.tmpdir}/classbell-test-${random.uuid}",
				"classbell.notifier.dispatch.enabled=false", "classbell.reports.scheduled=false",
				"classbell.telegram.token=424242:REPORTS-bot-token", "classbell.telegram.api-url=http://127.0.0.1:9" })
@DatabaseTest
class ReportRunsIntegrationTest {

	/** Иванова Мария: mother of Пётр (5А) and Ольга (6Б), linked to Telegram. */
	static final long IVANOVA = 2002;

	static final LocalDate WEDNESDAY = LocalDate.parse("2026-11-25");

	@Autowired
	ApplicationContext beans;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportRuns runs;

	@Autowired
	Schools schools;

	@Autowired
	SchoolCalendar calendar;

	ImportedSchool school;

	@BeforeEach
	void prepareJournal() {
		this.clock.reset();
		this.school = new ImportedSchool(this.beans);
		LinkedChats.guardian(this.beans, this.school.guardian("Иванова Мария"), IVANOVA, this.clock.instant());
		new JournalRows(this.jdbc).weekOf23November();
	}

	@Test
	void sendsEachParentTheWeeksReportOfEachChildByTheirChannel() {
		ReportRuns.Run run = run(ReportKind.WEEK, WEDNESDAY);

		assertThat(run.period()).isEqualTo(new Period(LocalDate.parse("2026-11-23"), WEDNESDAY));
		assertThat(List.of(run.students(), run.guardians(), run.queued(), run.repeated(), run.unreachable()))
			.containsExactly(6, 5, 5, 0, 1);
		assertThat(body("Пётр")).isEqualTo("""
				📘 <b>Пётр, 5А</b> — 23 ноября–25 ноября
				Алгебра: 5 4- — средний балл 4,50 ↑ (был 3,00)
				Геометрия: 3 — средний балл 3,00
				Пропущено без уважительной причины: 2 урока.
				Пропущено по уважительной причине: 1 день.
				В прошлый период без уважительной причины: 1 урок.
				👏 25 ноября: помог однокласснику
				<b>Задано:</b>
				Алгебра, к 27 ноября: № 125, 126""");
		assertThat(sms("Пётр")).isEqualTo("""
				Пётр (5А) 23.11-25.11
				Пропуски: 2 ур. По уваж. причине: 1 дн.
				Геометрия: 3 (ср. 3,0)
				Алгебра: 5 4- (ср. 4,5)
				Похвала 25.11: помог однокласснику""");
		assertThat(body("Ольга")).isEqualTo("""
				📘 <b>Ольга, 6Б</b> — 23 ноября–25 ноября
				Оценок нет.
				Пропусков и опозданий нет.""");
		assertThat(body("Борис")).isEqualTo("""
				Борис (5А) 23.11-25.11
				Опозданий: 1.
				Замечание 24.11: не было сменной обуви
				Геометрия: 2 (ср. 2,0)""");
		assertThat(body("Анна")).isEqualTo("""
				Анна (5А) Nov 23-Nov 25
				No absences.
				Алгебра: 3+ (avg 3.0)""");
		assertThat(body("Лев")).isEqualTo("""
				Лев (1А) 23.11-25.11
				Пропуски: 1 дн.""");
		assertThat(count("select count(*) from notification where kind = 'report' and student_id = "
				+ "(select id from student where first_name = 'Павел')"))
			.isZero();
	}

	@Test
	void sendsNothingTwiceWhenARunIsRepeated() {
		run(ReportKind.WEEK, WEDNESDAY);

		ReportRuns.Run again = run(ReportKind.WEEK, WEDNESDAY);

		assertThat(again.queued()).isZero();
		assertThat(again.repeated()).isEqualTo(5);
		assertThat(count("select count(*) from notification where kind = 'report'")).isEqualTo(5);
		assertThat(count("select count(*) from report_run where period = 'week' and finished_at is not null"))
			.isEqualTo(2);
	}

	@Test
	void sendsEachReportToTheGuardiansWhoChoseItsFrequency() {
		this.jdbc.sql("update guardian set report_frequency = 'daily' where full_name = 'Алексеева Ольга'").update();
		this.jdbc.sql("update guardian set report_frequency = 'none' where full_name = 'Петрова Ирина'").update();

		run(ReportKind.WEEK, WEDNESDAY);
		ReportRuns.Run day = run(ReportKind.DAY, WEDNESDAY);

		assertThat(day.queued()).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select s.first_name || ':' || n.topic from notification n join student s on s.id = n.student_id
				where n.kind = 'report' order by s.first_name, n.topic
				""").query(String.class).list()).containsExactly(
				"Борис:report:day:2026-11-25:" + id("Алексеев", "Борис"),
				"Лев:report:week:2026-11-23:" + id("Смирнов", "Лев"),
				"Ольга:report:week:2026-11-23:" + id("Иванова", "Ольга"),
				"Пётр:report:week:2026-11-23:" + id("Иванов", "Пётр"));
		assertThat(body("Борис")).isEqualTo("""
				Борис (5А) 25.11
				Опозданий: 1.
				Геометрия: 2 (ср. 2,0)""");
	}

	@Test
	void runsTheTermReportFromTheTermsSet() {
		assertThat(this.runs.period(this.school.id(), ReportKind.TERM, WEDNESDAY)).as("no terms yet").isEmpty();
		this.calendar.replaceTerms(this.school.id(),
				List.of(new SchoolCalendar.Term("1 четверть",
						new Period(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-10-26"))),
						new SchoolCalendar.Term("2 четверть",
								new Period(LocalDate.parse("2026-11-05"), LocalDate.parse("2026-12-28")))));

		ReportRuns.Run run = run(ReportKind.TERM, WEDNESDAY);

		assertThat(run.period().from()).isEqualTo(LocalDate.parse("2026-11-05"));
		assertThat(body("Пётр"))
			.startsWith("📘 <b>Пётр, 5А</b> — 5 ноября–25 ноября\nАлгебра: 3 5 4- — средний балл 4,00\n");
	}

	@Test
	void runsTheReportsTheScheduleHasForTheDayItFiresOn() throws Exception {
		// the fixture's timetable has lessons on Wednesdays only: its only school day, so
		// the 25th is November's last school day too
		ReportJob job = new ReportJob(this.runs, this.schools);

		job.execute(firing("week", "2026-11-27T14:00:00Z"));
		job.execute(firing("day", "2026-11-27T15:00:00Z"));
		job.execute(firing("day", "2026-11-25T15:00:00Z"));
		job.execute(firing("month", "2026-11-25T15:00:00Z"));
		job.execute(firing("term", "2026-11-25T15:00:00Z"));

		assertThat(this.jdbc
			.sql("select period || ' ' || period_from || ' ' || period_to || ' ' || started_by "
					+ "from report_run order by id")
			.query(String.class)
			.list()).containsExactly("week 2026-11-23 2026-11-27 schedule", "day 2026-11-25 2026-11-25 schedule",
					"month 2026-11-01 2026-11-25 schedule");
	}

	@Test
	void runsTheMonthlyReportOnTheMonthsLastSchoolDay() throws Exception {
		ReportJob job = new ReportJob(this.runs, this.schools);
		this.jdbc.sql("update guardian set report_frequency = 'monthly'").update();

		job.execute(firing("month", "2026-11-18T15:00:00Z"));
		job.execute(firing("month", "2026-11-25T15:00:00Z"));

		assertThat(this.jdbc.sql("select period_from || '..' || period_to from report_run").query(String.class).list())
			.containsExactly("2026-11-01..2026-11-25");
		assertThat(count("select count(*) from notification where kind = 'report'")).isEqualTo(5);
	}

	/**
	 * Runs the reports of a period up to the day now, as {@code POST /api/reports/run}
	 * does.
	 */
	private ReportRuns.Run run(ReportKind kind, LocalDate day) {
		Period period = this.runs.period(this.school.id(), kind, day).orElseThrow();
		return this.runs.run(this.school.id(), kind, period, "api");
	}

	private JobExecutionContext firing(String kind, String at) {
		JobExecutionContext context = mock(JobExecutionContext.class);
		when(context.getMergedJobDataMap())
			.thenReturn(new JobDataMap(Map.of("school", this.school.id().value(), "kind", kind)));
		when(context.getScheduledFireTime()).thenReturn(Date.from(Instant.parse(at)));
		return context;
	}

	private String body(String firstName) {
		return this.jdbc.sql("""
				select n.body from notification n join student s on s.id = n.student_id
				where n.kind = 'report' and s.first_name = ?
				""").param(firstName).query(String.class).single();
	}

	private String sms(String firstName) {
		return this.jdbc.sql("""
				select n.sms_body from notification n join student s on s.id = n.student_id
				where n.kind = 'report' and s.first_name = ?
				""").param(firstName).query(String.class).single();
	}

	private long id(String lastName, String firstName) {
		return this.school.student(lastName, firstName).value();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
