package org.classbell.app.console;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The monitoring page on Wednesday 25 November 2026, 09:30 in Moscow, after a teacher of
 * 5А gave a mark and marked an absence through the bot, and some SMS and a MAX message
 * went earlier.
 */
class ConsoleMonitoringIntegrationTest extends ConsoleBrowserIntegrationTest {

	@BeforeEach
	void figures() {
		assertThat(postAsAdmin("/api/import/timetable", "text/csv", ConsoleTodayIntegrationTest.TIMETABLE).status())
			.isEqualTo(200);
		say(TEACHER_5A, "/grade 5А Алгебра Белова 5");
		say(TEACHER_5A, "/absent 5А Абрамов");
		await().atMost(WAIT)
			.until(() -> this.jdbc.sql("select count(*) from notification where kind = 'attendance'")
				.query(Long.class)
				.single() > 0);
		this.jdbc.sql("""
				insert into notification (school_id, kind, channel, address, body, status, next_attempt_at, segments,
				                          created_at, updated_at, sent_at)
				select s.id, 'announcement', 'sms', '+79120000001', 'text', v.status, v.at, v.segments, v.at, v.at, v.at
				from school s,
				     (values ('delivered', timestamptz '2026-11-24 08:00:00+00', 2),
				             ('failed', timestamptz '2026-11-24 09:00:00+00', null),
				             ('delivered', timestamptz '2026-10-30 08:00:00+00', 3)) as v(status, at, segments)
				""").update();
		this.jdbc.sql("""
				insert into notification (school_id, kind, channel, address, body, status, next_attempt_at,
				                          created_at, updated_at, sent_at)
				select s.id, 'announcement', 'max', '7001', 'text', 'sent', v.at, v.at, v.at, v.at
				from school s, (values (timestamptz '2026-11-24 10:00:00+00')) as v(at)
				""").update();
	}

	@Test
	void anAdministratorSeesFourChartsWithTheirTables() {
		Browser page = logInAs(ADMIN);
		page.open("/console/monitoring");

		assertThat(page.heading()).isEqualTo("Мониторинг");
		List<WebElement> charts = page.findAll("main svg.chart[role=img]");
		assertThat(charts).hasSize(4);
		assertThat(bars("teachers-title")).isEqualTo(4);
		assertThat(bars("subscriptions-title")).isEqualTo(2);
		assertThat(page.findAll("section[aria-labelledby=delivery-title] svg polyline")).hasSize(9);
		assertThat(bars("segments-title")).isEqualTo(12);
		assertThat(rows("subscriptions-title")).containsExactly("5А 3 2 66,7 % 0 0 2", "5Б 2 1 50,0 % 0 0 1",
				"Вся школа 5 3 60,0 % 0 0 3");
		assertThat(rows("teachers-title"))
			.anyMatch((row) -> row.startsWith("Орлова Анна Петровна 5А Алгебра 25 нояб. 2026 г. 0 10 "));
		assertThat(rows("teachers-title"))
			.anyMatch((row) -> row.startsWith("Смирнов Павел Игоревич 5Б Алгебра оценок нет"));
		assertThat(rows("delivery-title")).hasSize(30).contains("24.11.2026 0 0 0 1 0 0 1 1 1");
		assertThat(rows("segments-title")).hasSize(12).contains("октябрь 2026 3", "ноябрь 2026 2");
		page.screenshot("monitoring");
		page.screenshot("monitoring-phone", true);
		assertAccessible();

		page.open("/console/monitoring?from=2026-11-20&to=2026-11-25");
		assertThat(rows("delivery-title")).hasSize(6);
	}

	@Test
	void eachTableDownloadsAsCsvUnderTheConsoleSession() throws Exception {
		logInAs(ADMIN);

		HttpResponse<String> subscriptions = withSession("GET", "/console/monitoring/subscriptions.csv", null);
		assertThat(subscriptions.statusCode()).isEqualTo(200);
		assertThat(subscriptions.headers().firstValue("Content-Type").orElse("")).startsWithIgnoringCase("text/csv");
		assertThat(subscriptions.body()).startsWith("class,students,subscribed,share,telegram,sms,max\r\n")
			.contains("5А,3,2,66.7,0,2,0\r\n", "Вся школа,5,3,60.0,0,3,0\r\n");
		HttpResponse<String> teachers = withSession("GET", "/console/monitoring/teachers.csv", null);
		assertThat(teachers.body()).startsWith(
				"teacher,class,subjects,attendance_only,last_mark,days_since_last_mark,lessons,lessons_without_attendance\r\n");
		HttpResponse<String> delivery = withSession("GET",
				"/console/monitoring/delivery.csv?from=2026-11-24&to=2026-11-25", null);
		assertThat(delivery.body()).isEqualTo("""
				day,channel,sent,delivered,failed\r
				2026-11-24,telegram,0,0,0\r
				2026-11-24,max,1,0,0\r
				2026-11-24,sms,1,1,1\r
				2026-11-25,telegram,0,0,0\r
				2026-11-25,max,0,0,0\r
				2026-11-25,sms,0,0,0\r
				""");
		HttpResponse<String> segments = withSession("GET", "/console/monitoring/sms-segments.csv", null);
		assertThat(segments.body()).startsWith("month,segments\r\n2025-12,0\r\n")
			.contains("2026-10,3\r\n2026-11,2\r\n");
		assertThat(withSession("GET", "/console/monitoring/nothing.csv", null).statusCode()).isEqualTo(404);
	}

	@Test
	void aWrongDateIsSaidOnThePage() throws Exception {
		logInAs(ADMIN);

		HttpResponse<String> page = withSession("GET", "/console/monitoring?from=2026-13-01", null);

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Дата «2026-13-01» не читается").doesNotContain("<svg");
		assertThat(withSession("GET", "/console/monitoring?from=2026-11-25&to=2026-11-01", null).body())
			.contains("Начало периода позже его конца");
	}

	@Test
	void aClassTeacherIsRefusedThePageAndItsCsv() throws Exception {
		Browser page = logInAs(TEACHER_5A);
		page.open("/console/monitoring");
		assertThat(page.heading()).isEqualTo("Нет доступа");

		for (String path : List.of("/console/monitoring", "/console/monitoring/teachers.csv",
				"/console/monitoring/subscriptions.csv")) {
			HttpResponse<String> refused = withSession("GET", path, null);
			assertThat(refused.statusCode()).as(path).isEqualTo(403);
			assertThat(refused.body()).as(path)
				.contains("Нет доступа")
				.doesNotContain("<svg", "class,students", "Смирнов");
		}
	}

	private int bars(String heading) {
		return browser().findAll("section[aria-labelledby=" + heading + "] svg g.bar").size();
	}

	private List<String> rows(String heading) {
		return browser().findAll("section[aria-labelledby=" + heading + "] tbody tr")
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private void say(long user, String command) {
		int before = TELEGRAM.sentMessages(user).size();
		TELEGRAM.sendText(user, user, command);
		await().atMost(WAIT).until(() -> TELEGRAM.sentMessages(user).size() > before);
	}

}
