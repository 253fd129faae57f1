package org.classbell.app.reports;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.app.ApiIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the admin asks of the reports over HTTP, and what they are answered: runs
 * ({@code POST /api/reports/run}), terms ({@code PUT /api/terms}) and schedules
 * ({@code /api/schedules}), on a school imported through the admin API. What the reports
 * say is the notifier's to test.
 */
class ReportApiIntegrationTest extends ApiIntegrationTest {

	private static final String WEEK_RUN = """
			{"period": "week", "date": "2026-11-25"}""";

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void importSchool() {
		this.clock.reset();
		postAsAdmin("/api/import/roster", "text/csv", """
				class,list_no,last_name,first_name,middle_name,guardian_name,guardian_phone,guardian_language,consent
				5А,1,Алексеев,Борис,,Алексеева Ольга,+79110000001,ru,yes
				5А,2,Иванов,Пётр,Сергеевич,Иванова Мария,+79110000002,ru,yes
				5А,3,Иванов,Павел,Андреевич,Иванов Андрей,+79110000003,ru,
				5А,4,Петрова,Анна,,Петрова Ирина,+79110000004,en,yes
				1А,1,Смирнов,Лев,,Смирнова Ксения,+79110000005,ru,yes
				6Б,1,Иванова,Ольга,,Иванова Мария,+79110000002,ru,yes
				""");
		postAsAdmin("/api/import/staff", "text/csv", """
				last_name,first_name,middle_name,role,class_teacher_of,teaches
				Соколова,Елена,Викторовна,teacher,5А,5А:Алгебра;5А:Геометрия;1А:Математика
				""");
		postAsAdmin("/api/import/timetable", "text/csv", """
				class,subgroup,weekday,lesson_no,starts_at,subject,teacher
				5А,,3,1,08:30,Алгебра,Соколова Елена
				5А,,3,2,09:25,Геометрия,Соколова Елена
				""");
	}

	@Test
	void answersARunWithWhatItDid() {
		Response run = postAsAdmin("/api/reports/run", "application/json", WEEK_RUN);

		assertThat(run.status()).isEqualTo(200);
		assertThat(run.json().toString()).contains("""
				"period":"week","from":"2026-11-23","to":"2026-11-25","students":6,"guardians":5,"queued":5,\
				"alreadyQueued":0,"unreachable":1""");
		Response again = postAsAdmin("/api/reports/run", "application/json", WEEK_RUN);
		assertThat(again.json().get("queued").asInt()).isZero();
		assertThat(again.json().get("alreadyQueued").asInt()).isEqualTo(5);
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

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
