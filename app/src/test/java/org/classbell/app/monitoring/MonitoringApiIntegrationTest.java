package org.classbell.app.monitoring;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.classbell.app.ApiIntegrationTest;
import org.classbell.store.Timestamps;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring reports over HTTP on a small school with a prepared fortnight. The clock
 * stands at Wednesday 25 November 2026, 09:30 in Moscow.
 */
class MonitoringApiIntegrationTest extends ApiIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void school() {
		this.clock.reset();
		postAsAdmin("/api/import/roster", "text/csv", """
				class,list_no,last_name,first_name,middle_name,guardian_name,guardian_phone,guardian_language,consent
				5А,1,Алексеев,Борис,,Алексеева Ольга,+79110000001,ru,yes
				5А,2,Иванов,Пётр,Сергеевич,Иванова Мария,+79110000002,ru,yes
				5А,3,Иванов,Павел,Андреевич,Иванов Андрей,+79110000003,ru,
				6Б,1,Иванова,Ольга,,Иванова Мария,+79110000002,ru,yes
				""");
		postAsAdmin("/api/import/staff", "text/csv", """
				last_name,first_name,middle_name,role,class_teacher_of,teaches
				Соколова,Елена,Викторовна,teacher,5А,5А:Алгебра;5А:Геометрия
				Орлов,Дмитрий,,teacher,,6Б:Английский язык
				""");
		postAsAdmin("/api/import/timetable", "text/csv", """
				class,subgroup,weekday,lesson_no,starts_at,subject,teacher
				5А,,1,1,08:30,Алгебра,Соколова Елена
				5А,,3,2,09:25,Геометрия,Соколова Елена
				6Б,,2,2,09:25,Английский язык,Орлов Дмитрий
				""");
		this.jdbc.sql("""
				insert into attendance_taken (class_id, day, lesson_no, taken_by, taken_at)
				select c.id, d.day, d.lesson, s.id, now()
				from school_class c, staff s, (values (date '2026-11-23', 1), (date '2026-11-25', 2)) d(day, lesson)
				where c.name = '5А' and s.last_name = 'Соколова'
				""").update();
		this.jdbc.sql("""
				insert into mark (student_id, subject_id, day, value, author_id, recorded_at)
				select st.id, sb.id, date '2026-11-20', 5, sf.id, timestamptz '2026-11-20 10:00:00+00'
				from student st, subject sb, staff sf
				where st.last_name = 'Алексеев' and sb.name = 'Алгебра' and sf.last_name = 'Соколова'
				""").update();
		this.jdbc.sql("""
				insert into chat_link (user_id, chat_id, guardian_id, linked_at, consented_at)
				select 2002, 2002, id, now(), now() from guardian where full_name = 'Иванова Мария'
				""").update();
		this.jdbc.sql("update guardian set opted_out_at = '2026-11-10 10:00:00+00' where full_name = 'Иванов Андрей'")
			.update();
		notification("telegram", "sent", "2026-11-20T10:00:00Z", null);
		notification("sms", "delivered", "2026-11-24T08:00:00Z", 2);
		notification("sms", "failed", "2026-11-24T09:00:00Z", null);
		notification("sms", "queued", "2026-11-25T06:00:00Z", null);
		notification("sms", "delivered", "2026-10-30T08:00:00Z", 3);
	}

	@Test
	void reportsDaysSinceTheLastMarkAndLessonsWithoutAttendanceByTeacherAndClass() {
		Response response = get("/api/monitoring/teachers", "Authorization", "Bearer " + TOKEN);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/json");
		JsonNode report = response.json();
		assertThat(report.get("from").asString()).isEqualTo("2026-11-12");
		assertThat(report.get("to").asString()).isEqualTo("2026-11-25");
		assertThat(report.get("today").asString()).isEqualTo("2026-11-25");
		JsonNode orlov = report.get("teachers").get(0);
		assertThat(orlov.get("teacher").asString()).isEqualTo("Орлов Дмитрий");
		assertThat(orlov.get("class").asString()).isEqualTo("6Б");
		assertThat(orlov.get("subjects").toString()).isEqualTo("[\"Английский язык\"]");
		assertThat(orlov.get("lastMark").isNull()).isTrue();
		assertThat(orlov.get("daysSinceLastMark").isNull()).isTrue();
		assertThat(orlov.get("lessons").asInt()).isEqualTo(2);
		assertThat(orlov.get("lessonsWithoutAttendance").asInt()).isEqualTo(2);
		JsonNode sokolova = report.get("teachers").get(1);
		assertThat(sokolova.get("teacher").asString()).isEqualTo("Соколова Елена Викторовна");
		assertThat(sokolova.get("class").asString()).isEqualTo("5А");
		assertThat(sokolova.get("attendanceOnly").asBoolean()).isFalse();
		assertThat(sokolova.get("subjects").toString()).isEqualTo("[\"Алгебра\",\"Геометрия\"]");
		assertThat(sokolova.get("lastMark").asString()).isEqualTo("2026-11-20");
		assertThat(sokolova.get("daysSinceLastMark").asInt()).isEqualTo(5);
		assertThat(sokolova.get("lessons").asInt()).isEqualTo(4);
		assertThat(sokolova.get("lessonsWithoutAttendance").asInt()).isEqualTo(2);
		assertThat(report.get("teachers")).hasSize(2);
	}

	@Test
	void writesTheTeachersReportAsCsv() {
		Response response = getAsAdmin("/api/monitoring/teachers?format=csv&from=2026-11-16&to=2026-11-22");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
		assertThat(response.body()).isEqualTo(
				"""
						teacher,class,subjects,attendance_only,last_mark,days_since_last_mark,lessons,lessons_without_attendance\r
						Орлов Дмитрий,6Б,Английский язык,false,,,1,1\r
						Соколова Елена Викторовна,5А,Алгебра; Геометрия,false,2026-11-20,5,2,2\r
						""");
	}

	@Test
	void writesNamesThatLookLikeFormulasAsTextThatNoSpreadsheetEvaluates() {
		this.jdbc
			.sql("update staff set last_name = '=HYPERLINK(\"http://evil.example\",\"x\")' where last_name = 'Орлов'")
			.update();
		this.jdbc.sql("update subject set name = '@SUM(1+1)' where name = 'Английский язык'").update();

		String csv = getAsAdmin("/api/monitoring/teachers?format=csv&from=2026-11-16&to=2026-11-22").body();

		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\") Дмитрий\",6Б,'@SUM(1+1),");
	}

	@Test
	void reportsTheShareOfStudentsWithASubscribedGuardianByClassAndChannel() {
		JsonNode report = getAsAdmin("/api/monitoring/subscriptions").json();

		assertThat(report.get("classes").get(0).toString()).matches(
				"\\{\"classId\":\\d+,\"class\":\"5А\",\"students\":3,\"subscribed\":2,\"share\":66.7,\"telegram\":1,\"sms\":2,\"max\":0}");
		assertThat(report.get("classes").get(1).toString()).matches(
				"\\{\"classId\":\\d+,\"class\":\"6Б\",\"students\":1,\"subscribed\":1,\"share\":100.0,\"telegram\":1,\"sms\":1,\"max\":0}");
		assertThat(report.get("total").toString())
			.isEqualTo("{\"students\":4,\"subscribed\":3,\"share\":75.0,\"telegram\":2,\"sms\":3,\"max\":0}");
	}

	@Test
	void writesTheSubscriptionsAsCsvWhenAskedByTheAcceptHeader() {
		Response response = getAsAdmin("/api/monitoring/subscriptions", "Accept", "text/csv", "Accept-Language", "en");

		assertThat(response.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
		assertThat(response.body()).isEqualTo("""
				class,students,subscribed,share,telegram,sms,max\r
				5А,3,2,66.7,1,2,0\r
				6Б,1,1,100.0,1,1,0\r
				Total,4,3,75.0,2,3,0\r
				""");
		assertThat(getAsAdmin("/api/monitoring/subscriptions?format=csv").body()).endsWith("Всего,4,3,75.0,2,3,0\r\n");
		assertThat(getAsAdmin("/api/monitoring/subscriptions?format=json", "Accept", "text/csv").contentType())
			.startsWith("application/json");
	}

	@Test
	void reportsDeliveryPerChannelOptOutsAndSmsSegmentsForThisMonthSoFar() {
		JsonNode report = getAsAdmin("/api/monitoring/delivery").json();

		assertThat(report.get("from").asString()).isEqualTo("2026-11-01");
		assertThat(report.get("to").asString()).isEqualTo("2026-11-25");
		assertThat(report.get("channels").toString()).isEqualTo("["
				+ "{\"channel\":\"telegram\",\"sent\":1,\"delivered\":0,\"failed\":0,\"cancelled\":0,\"waiting\":0,\"total\":1},"
				+ "{\"channel\":\"max\",\"sent\":0,\"delivered\":0,\"failed\":0,\"cancelled\":0,\"waiting\":0,\"total\":0},"
				+ "{\"channel\":\"sms\",\"sent\":1,\"delivered\":1,\"failed\":1,\"cancelled\":0,\"waiting\":1,\"total\":3}]");
		assertThat(report.get("total").toString())
			.isEqualTo("{\"sent\":2,\"delivered\":1,\"failed\":1,\"cancelled\":0,\"waiting\":1,\"total\":4}");
		assertThat(report.get("optOuts").asInt()).isEqualTo(1);
		assertThat(report.get("smsSegments").get("total").asInt()).isEqualTo(2);
		assertThat(report.get("smsSegments").get("days")).hasSize(25);
		assertThat(report.get("smsSegments").get("days").get(23).toString())
			.isEqualTo("{\"day\":\"2026-11-24\",\"segments\":2}");
		assertThat(report.get("smsSegments").get("months").toString())
			.isEqualTo("[{\"month\":\"2026-11\",\"segments\":2}]");
	}

	@Test
	void writesDeliveryAndSegmentsAsCsv() {
		assertThat(getAsAdmin("/api/monitoring/delivery?format=csv").body()).isEqualTo("""
				channel,sent,delivered,failed,cancelled,waiting,total,opt_outs\r
				telegram,1,0,0,0,0,1,\r
				max,0,0,0,0,0,0,\r
				sms,1,1,1,0,1,3,\r
				total,2,1,1,0,1,4,1\r
				""");
		assertThat(getAsAdmin("/api/monitoring/sms-segments?format=csv&from=2026-11-23&to=2026-11-25").body())
			.isEqualTo("day,segments\r\n2026-11-23,0\r\n2026-11-24,2\r\n2026-11-25,0\r\n");
		assertThat(getAsAdmin("/api/monitoring/sms-segments?format=csv&by=month&from=2026-10-01").body())
			.isEqualTo("month,segments\r\n2026-10,3\r\n2026-11,2\r\n");
		JsonNode segments = getAsAdmin("/api/monitoring/sms-segments?from=2026-10-30&to=2026-11-24").json();
		assertThat(segments.get("total").asInt()).isEqualTo(5);
		assertThat(segments.get("days")).hasSize(26);
		assertThat(segments.get("months").toString())
			.isEqualTo("[{\"month\":\"2026-10\",\"segments\":3},{\"month\":\"2026-11\",\"segments\":2}]");
	}

	@Test
	void refusesBadPeriodsAndFormatsWithALocalizedMessage() {
		assertBadRequest("/api/monitoring/teachers?from=2026-13-01", "ru",
				"from — дата в виде ГГГГ-ММ-ДД, например 2026-11-25; получено «2026-13-01»");
		assertBadRequest("/api/monitoring/delivery?to=25.11.2026", "en",
				"to must be a date as YYYY-MM-DD, such as 2026-11-25, not “25.11.2026”");
		assertBadRequest("/api/monitoring/delivery?from=2026-11-25&to=2026-11-01", "ru",
				"Начало периода (2026-11-25) позже его конца (2026-11-01)");
		assertBadRequest("/api/monitoring/teachers?from=2025-01-01&to=2026-11-25", "en",
				"A period is 366 days at most; 694 were asked for");
		assertBadRequest("/api/monitoring/subscriptions?format=xml", "ru",
				"Неизвестный формат «xml»; возможные: json, csv");
		assertBadRequest("/api/monitoring/sms-segments?by=week", "en", "by must be day or month, not “week”");
		assertThat(getAsAdmin("/api/monitoring/teachers?from=2025-11-25&to=2026-11-25").status()).isEqualTo(200);
	}

	@Test
	void answersAMistakeInJsonEvenWhenCsvWasAskedFor() {
		Response response = getAsAdmin("/api/monitoring/teachers?from=yesterday", "Accept", "text/csv");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/json");
		assertThat(response.json().get("path").asString()).isEqualTo("/api/monitoring/teachers");
	}

	@Test
	void refusesCallersWithoutTheAdminToken() {
		for (String path : new String[] { "/api/monitoring/teachers", "/api/monitoring/subscriptions",
				"/api/monitoring/delivery", "/api/monitoring/sms-segments?format=csv" }) {
			Response anonymous = get(path);
			assertThat(anonymous.status()).as(path).isEqualTo(401);
			assertThat(anonymous.json().get("message").asString()).as(path)
				.isEqualTo("Нужен заголовок Authorization: Bearer и токен администратора");
			assertThat(get(path, "Authorization", "Bearer wrong-token").status()).as(path).isEqualTo(401);
		}
	}

	private void assertBadRequest(String path, String language, String message) {
		Response response = getAsAdmin(path, "Accept-Language", language);
		assertThat(response.status()).as(path).isEqualTo(400);
		assertThat(response.json().get("message").asString()).as(path).isEqualTo(message);
	}

	private Response getAsAdmin(String path, String... headers) {
		String[] all = new String[headers.length + 2];
		all[0] = "Authorization";
		all[1] = "Bearer " + TOKEN;
		System.arraycopy(headers, 0, all, 2, headers.length);
		return get(path, all);
	}

	private void notification(String channel, String status, String created, Integer segments) {
		Instant at = Instant.parse(created);
		this.jdbc.sql("""
				insert into notification (school_id, kind, channel, address, body, status, next_attempt_at, created_at,
				                          updated_at, sent_at, segments)
				select id, 'announcement', :channel, '+79110000001', 'text', :status, :at, :at, :at,
				       case when :status in ('sent', 'delivered') then cast(:at as timestamptz) end, :segments
				from school
				""")
			.param("channel", channel)
			.param("status", status)
			.param("at", Timestamps.of(at))
			.param("segments", segments, java.sql.Types.SMALLINT)
			.update();
	}

}
