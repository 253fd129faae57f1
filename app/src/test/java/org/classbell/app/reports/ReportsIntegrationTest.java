package org.classbell.app.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

import org.classbell.app.bot.BotIntegrationTest;
import org.classbell.notifier.reports.Digests;
import org.classbell.notifier.reports.ReportRuns;
import org.classbell.notifier.schedule.ReportJob;
import org.classbell.store.school.Schools;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Periodic reports on a prepared journal: what each parent is sent, by Telegram and by
 * SMS, in their language; who gets which report; runs that send nothing twice; the
 * schedule's rules for which report is due; the end-of-day digest.
 */
class ReportsIntegrationTest extends BotIntegrationTest {

	private static final String WEEK_RUN = """
			{"period": "week", "date": "2026-11-25"}""";

	@Autowired
	private ReportRuns runs;

	@Autowired
	private Schools schools;

	@Autowired
	private Digests digests;

	@BeforeEach
	void prepareJournal() {
		linkGuardian(IVANOVA, "5А", "Иванова Мария");
		// this week, Monday 23 to Wednesday 25 November
		mark("Иванов", "Пётр", "Алгебра", "2026-11-23", 5, null);
		mark("Иванов", "Пётр", "Алгебра", "2026-11-24", 4, "-");
		mark("Иванов", "Пётр", "Геометрия", "2026-11-25", 3, null);
		attendance("Иванов", "Пётр", "2026-11-24", 3, "absent");
		attendance("Иванов", "Пётр", "2026-11-24", 4, "absent");
		attendance("Иванов", "Пётр", "2026-11-23", null, "excused");
		note("Иванов", "Пётр", "praise", "2026-11-25", "помог однокласснику");
		this.jdbc.sql("""
				insert into homework (class_id, subject_id, assigned_on, due_on, text, recorded_at)
				select c.id, s.id, '2026-11-25', '2026-11-27', '№ 125, 126', now()
				from school_class c, subject s where c.name = '5А' and s.name = 'Алгебра'
				""").update();
		mark("Алексеев", "Борис", "Геометрия", "2026-11-25", 2, null);
		attendance("Алексеев", "Борис", "2026-11-25", 1, "late");
		note("Алексеев", "Борис", "remark", "2026-11-24", "не было сменной обуви");
		mark("Петрова", "Анна", "Алгебра", "2026-11-24", 3, "+");
		attendance("Смирнов", "Лев", "2026-11-24", null, "absent");
		// the week before, Monday 16 to Wednesday 18 November
		mark("Иванов", "Пётр", "Алгебра", "2026-11-17", 3, null);
		attendance("Иванов", "Пётр", "2026-11-17", 2, "absent");
	}

	@Test
	void sendsEachParentTheWeeksReportOfEachChildByTheirChannel() {
		Response run = postAsAdmin("/api/reports/run", "application/json", WEEK_RUN);

		assertThat(run.status()).isEqualTo(200);
		assertThat(run.json().toString()).contains("""
				"period":"week","from":"2026-11-23","to":"2026-11-25","students":6,"guardians":5,"queued":5,\
				"alreadyQueued":0,"unreachable":1""");
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
		postAsAdmin("/api/reports/run", "application/json", WEEK_RUN);

		Response again = postAsAdmin("/api/reports/run", "application/json", WEEK_RUN);

		assertThat(again.json().get("queued").asInt()).isZero();
		assertThat(again.json().get("alreadyQueued").asInt()).isEqualTo(5);
		assertThat(count("select count(*) from notification where kind = 'report'")).isEqualTo(5);
		assertThat(count("select count(*) from report_run where period = 'week' and finished_at is not null"))
			.isEqualTo(2);
	}

	@Test
	void sendsEachReportToTheGuardiansWhoChoseItsFrequency() {
		this.jdbc.sql("update guardian set report_frequency = 'daily' where full_name = 'Алексеева Ольга'").update();
		this.jdbc.sql("update guardian set report_frequency = 'none' where full_name = 'Петрова Ирина'").update();

		postAsAdmin("/api/reports/run", "application/json", WEEK_RUN);
		Response day = postAsAdmin("/api/reports/run", "application/json", """
				{"period": "day", "date": "2026-11-25"}""");

		assertThat(day.json().get("queued").asInt()).isEqualTo(1);
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
	void refusesARunItCannotMakeAndChangesNothing() {
		assertThat(post("/api/reports/run", "application/json", WEEK_RUN).status()).isEqualTo(401);
		Response period = postAsAdmin("/api/reports/run", "application/json", """
				{"period": "year", "date": "2026-11-25"}""");
		assertThat(period.status()).isEqualTo(400);
		assertThat(period.json().get("message").asString())
			.isEqualTo("period — day, week, month или term, а не «year»");
		Response date = postAsAdmin("/api/reports/run", "application/json", """
				{"period": "week", "date": "25.11.2026"}""", "Accept-Language", "en");
		assertThat(date.json().get("message").asString())
			.isEqualTo("date is a date as YYYY-MM-DD, such as 2026-11-27, not \"25.11.2026\"");
		Response future = postAsAdmin("/api/reports/run", "application/json", """
				{"period": "week", "date": "2026-11-26"}""");
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().get("message").asString()).startsWith("Дата 2026-11-26 ещё не наступила");
		Response term = postAsAdmin("/api/reports/run", "application/json", """
				{"period": "term"}""");
		assertThat(term.status()).isEqualTo(409);
		assertThat(postAsAdmin("/api/reports/run", "application/json", "{\"period\": ").status()).isEqualTo(400);

		assertThat(count("select count(*) from notification where kind = 'report'")).isZero();
		assertThat(count("select count(*) from report_run")).isZero();
	}

	@Test
	void runsTheTermReportFromTheTermsSet() {
		Response terms = putAsAdmin("/api/terms", "application/json", """
				[{"name": "1 четверть", "from": "2026-09-01", "to": "2026-10-26"},
				 {"name": "2 четверть", "from": "2026-11-05", "to": "2026-12-28"}]""");
		assertThat(terms.status()).isEqualTo(200);
		assertThat(putAsAdmin("/api/terms", "application/json",
				"""
						[{"name": "1", "from": "2026-09-01", "to": "2026-11-10"}, {"name": "2", "from": "2026-11-05", "to": "2026-12-28"}]""")
			.json()
			.get("message")
			.asString()).isEqualTo("Четверти «1» и «2» пересекаются");

		Response run = postAsAdmin("/api/reports/run", "application/json", """
				{"period": "term", "date": "2026-11-25"}""");

		assertThat(run.json().get("from").asString()).isEqualTo("2026-11-05");
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

	@Test
	void changesTheScheduleAndRefusesBadTimes() {
		assertThat(get("/api/schedules", "Authorization", "Bearer " + TOKEN).body()).isEqualTo("""
				{"timeZone":"Europe/Moscow","daily":"18:00","weeklyDay":"friday","weeklyAt":"17:00",\
				"monthly":"18:00","term":"18:00"}""");

		Response changed = putAsAdmin("/api/schedules", "application/json", """
				{"weeklyDay": "saturday", "weeklyAt": "12:30"}""");
		Response bad = putAsAdmin("/api/schedules", "application/json", """
				{"daily": "25:00"}""");

		assertThat(changed.body()).isEqualTo("""
				{"timeZone":"Europe/Moscow","daily":"18:00","weeklyDay":"saturday","weeklyAt":"12:30",\
				"monthly":"18:00","term":"18:00"}""");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("message").asString())
			.isEqualTo("daily — время в виде ЧЧ:ММ, например 18:00, а не «25:00»");
		assertThat(get("/api/schedules").status()).isEqualTo(401);
	}

	@Test
	void sendsADigestAtTheChosenTimeInsteadOfAlerts() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		var settings = ask(IVANOVA, "/settings");
		press(IVANOVA, settings.messageId(), "set:dg:17:00");
		org.awaitility.Awaitility.await().atMost(WAIT).until(() -> !TELEGRAM.edits().isEmpty());
		assertThat(TELEGRAM.edits().get(0).text()).contains("Пропуски, оценки, замечания: сводкой за день в 17:00");

		ask(SOKOLOVA, "/absent 5А @5 Иванов П.С. Алексеев");

		assertThat(count("select count(*) from notification where kind like 'attendance%' and guardian_id = "
				+ "(select id from guardian where full_name = 'Иванова Мария')"))
			.isZero();
		assertThat(count("select count(*) from notification where kind like 'attendance%'")).isEqualTo(1);

		this.clock.set(Instant.parse("2026-11-25T13:59:00Z"));
		assertThat(this.digests.round()).isZero();
		this.clock.set(Instant.parse("2026-11-25T14:00:00Z"));
		assertThat(this.digests.round()).isEqualTo(1);
		assertThat(this.digests.round()).isZero();

		assertThat(this.jdbc.sql("select body from notification where kind = 'digest'").query(String.class).single())
			.isEqualTo("""
					🗓 <b>Пётр, 5А</b> — итоги дня, 25 ноября
					Геометрия: 3 — средний балл 3,00
					Пропущено без уважительной причины: 1 урок.
					👏 25 ноября: помог однокласснику""");
	}

	private JobExecutionContext firing(String kind, String at) {
		JobExecutionContext context = mock(JobExecutionContext.class);
		when(context.getMergedJobDataMap())
			.thenReturn(new JobDataMap(Map.of("school", school().value(), "kind", kind)));
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
		return this.jdbc.sql("select id from student where last_name = ? and first_name = ?")
			.params(lastName, firstName)
			.query(Long.class)
			.single();
	}

	private void mark(String lastName, String firstName, String subject, String day, int value, String modifier) {
		this.jdbc.sql("""
				insert into mark (student_id, subject_id, day, value, modifier, recorded_at)
				select ?, id, ?, ?, ?, now() from subject where name = ?
				""").params(id(lastName, firstName), LocalDate.parse(day), value, modifier, subject).update();
	}

	private void attendance(String lastName, String firstName, String day, Integer lesson, String status) {
		this.jdbc.sql("""
				insert into attendance (student_id, day, lesson_no, status, recorded_at) values (?, ?, ?, ?, now())
				""").params(id(lastName, firstName), LocalDate.parse(day), lesson, status).update();
	}

	private void note(String lastName, String firstName, String kind, String day, String text) {
		this.jdbc.sql("""
				insert into behaviour_note (student_id, kind, text, day, recorded_at) values (?, ?, ?, ?, now())
				""").params(id(lastName, firstName), kind, text, LocalDate.parse(day)).update();
	}

}
