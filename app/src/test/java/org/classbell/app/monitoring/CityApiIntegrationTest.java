package org.classbell.app.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.classbell.app.ApiIntegrationTest;
import org.classbell.store.Actor;
import org.classbell.store.ClassId;
import org.classbell.store.journal.Journal;
import org.classbell.store.roster.RosterImport;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;
import org.classbell.store.staff.StaffImport;
import org.classbell.store.staff.StaffMembers;
import org.classbell.store.testing.CityNotifications;
import org.classbell.store.testing.Lines;
import org.classbell.store.testing.Outcomes;
import org.classbell.store.timetable.TimetableImport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The city's summary over HTTP, on three schools made through the store: the default
 * «Школа №1» in Moscow, «Школа № 10» in Yekaterinburg (two hours ahead), and «Школа № 2»
 * with nothing in it yet. The clock stands at Wednesday 25 November 2026, 09:30 in
 * Moscow.
 */
class CityApiIntegrationTest extends ApiIntegrationTest {

	static final String HEADER = "code,name,time_zone,lessons,lessons_with_attendance,lessons_with_attendance_share,"
			+ "students,students_reached,students_reached_share,guardians_messenger,guardians_sms_only,"
			+ "guardians_unreached,sent,delivered,failed,delivered_share,sms_segments\r\n";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Schools schools;

	@Autowired
	RosterImport roster;

	@Autowired
	StaffImport staff;

	@Autowired
	TimetableImport timetable;

	@Autowired
	StaffMembers staffMembers;

	@Autowired
	Journal journal;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void city() {
		this.clock.reset();
		School first = this.schools.ensureCode("default", "Школа №1", ZoneId.of("Europe/Moscow"), "RU");
		School tenth = this.schools
			.create("sch10", "Школа № 10", ZoneId.of("Asia/Yekaterinburg"), "RU", Actor.operator())
			.orElseThrow();
		this.schools.create("sch2", "Школа № 2", ZoneId.of("Europe/Moscow"), "RU", Actor.operator()).orElseThrow();

		school(first,
				List.of("5А,1,Алексеев,Борис,,Алексеева Ольга,+79110000001,ru,yes",
						"5А,2,Иванов,Пётр,Сергеевич,Иванова Мария,+79110000002,ru,yes",
						"5А,3,Иванов,Павел,Андреевич,Иванов Андрей,+79110000003,ru,",
						"6Б,1,Иванова,Ольга,,Иванова Мария,+79110000002,ru,yes"),
				List.of("Соколова,Елена,Викторовна,teacher,5А,5А:Алгебра;5А:Геометрия",
						"Орлов,Дмитрий,,teacher,,6Б:Английский язык"),
				List.of("5А,,1,1,08:30,Алгебра,Соколова Елена", "5А,,3,2,09:25,Геометрия,Соколова Елена",
						"6Б,,2,2,09:25,Английский язык,Орлов Дмитрий"));
		school(tenth,
				List.of("7В,1,Андреев,Олег,,Андреева Анна,+79120000011,ru,yes",
						"7В,2,Борисов,Иван,,Борисова Инна,+79120000012,ru,"),
				List.of("Зайцева,Ольга,,teacher,7В,7В:Математика"), List.of("7В,,3,1,08:30,Математика,Зайцева Ольга"));
		rollCall(first, "Соколова Елена", "5А", "2026-11-23", 1);
		rollCall(first, "Соколова Елена", "5А", "2026-11-25", 2);
		rollCall(tenth, "Зайцева Ольга", "7В", "2026-11-25", 1);
		this.jdbc.sql("""
				insert into chat_link (user_id, chat_id, guardian_id, linked_at, consented_at)
				select 2002, 2002, id, now(), now() from guardian where full_name = 'Иванова Мария'
				""").update();

		notification(first, "telegram", "sent", "2026-11-20T10:00:00Z", null);
		notification(first, "sms", "delivered", "2026-11-24T08:00:00Z", 2);
		notification(first, "sms", "failed", "2026-11-24T09:00:00Z", null);
		notification(first, "sms", "queued", "2026-11-25T06:00:00Z", null);
		notification(first, "sms", "delivered", "2026-10-30T08:00:00Z", 3);
		// 00:30 on 1 November in Yekaterinburg, still October in Moscow
		notification(tenth, "sms", "delivered", "2026-10-31T19:30:00Z", 1);
		notification(tenth, "max", "failed", "2026-11-24T10:00:00Z", null);
	}

	@Test
	void summarisesEverySchoolForThisMonthSoFarWithTheCitysTotal() {
		Response response = getAsOperator("/api/city/summary");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/json");
		JsonNode summary = response.json();
		assertThat(summary.get("from").asString()).isEqualTo("2026-11-01");
		assertThat(summary.get("to").asString()).isEqualTo("2026-11-25");
		JsonNode schools = summary.get("schools");
		assertThat(schools).hasSize(3);
		assertThat(schools.get(0).toString()).isEqualTo("{\"code\":\"default\",\"name\":\"Школа №1\","
				+ "\"timeZone\":\"Europe/Moscow\",\"journal\":{\"lessons\":12,\"lessonsWithAttendance\":2,\"share\":16.7},"
				+ "\"families\":{\"students\":4,\"reached\":3,\"share\":75.0,\"guardiansByMessenger\":1,"
				+ "\"guardiansBySmsOnly\":1,\"guardiansUnreached\":1},"
				+ "\"delivery\":{\"sent\":2,\"delivered\":2,\"failed\":1,\"share\":66.7},\"smsSegments\":2}");
		assertThat(schools.get(1).toString()).isEqualTo("{\"code\":\"sch2\",\"name\":\"Школа № 2\","
				+ "\"timeZone\":\"Europe/Moscow\",\"journal\":{\"lessons\":0,\"lessonsWithAttendance\":0,\"share\":null},"
				+ "\"families\":{\"students\":0,\"reached\":0,\"share\":null,\"guardiansByMessenger\":0,"
				+ "\"guardiansBySmsOnly\":0,\"guardiansUnreached\":0},"
				+ "\"delivery\":{\"sent\":0,\"delivered\":0,\"failed\":0,\"share\":null},\"smsSegments\":0}");
		assertThat(schools.get(2).get("code").asString()).isEqualTo("sch10");
		assertThat(schools.get(2).get("timeZone").asString()).isEqualTo("Asia/Yekaterinburg");
		assertThat(schools.get(2).get("delivery").toString())
			.isEqualTo("{\"sent\":1,\"delivered\":1,\"failed\":1,\"share\":50.0}");
		assertThat(summary.get("total").toString())
			.isEqualTo("{\"journal\":{\"lessons\":16,\"lessonsWithAttendance\":3,\"share\":18.8},"
					+ "\"families\":{\"students\":6,\"reached\":4,\"share\":66.7,\"guardiansByMessenger\":1,"
					+ "\"guardiansBySmsOnly\":2,\"guardiansUnreached\":2},"
					+ "\"delivery\":{\"sent\":3,\"delivered\":3,\"failed\":2,\"share\":60.0},\"smsSegments\":3}");
	}

	@Test
	void writesTheSummaryAsCsvWithTheCityLast() {
		Response response = getAsOperator("/api/city/summary?format=csv");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
		assertThat(response.body()).isEqualTo(HEADER + """
				default,Школа №1,Europe/Moscow,12,2,16.7,4,3,75.0,1,1,1,2,2,1,66.7,2\r
				sch2,Школа № 2,Europe/Moscow,0,0,,0,0,,0,0,0,0,0,0,,0\r
				sch10,Школа № 10,Asia/Yekaterinburg,4,1,25.0,2,1,50.0,0,1,1,1,1,1,50.0,1\r
				"",Всего,,16,3,18.8,6,4,66.7,1,2,2,3,3,2,60.0,3\r
				""");
		assertThat(getAsOperator("/api/city/summary", "Accept", "text/csv", "Accept-Language", "en").body())
			.startsWith(HEADER)
			.endsWith("\"\",Total,,16,3,18.8,6,4,66.7,1,2,2,3,3,2,60.0,3\r\n");
	}

	@Test
	void takesAPeriodInEachSchoolsOwnDays() {
		JsonNode week = getAsOperator("/api/city/summary?from=2026-11-23&to=2026-11-25").json();

		assertThat(week.get("from").asString()).isEqualTo("2026-11-23");
		assertThat(week.get("schools").get(0).get("journal").toString())
			.isEqualTo("{\"lessons\":3,\"lessonsWithAttendance\":2,\"share\":66.7}");
		JsonNode october = getAsOperator("/api/city/summary?from=2026-10-01&to=2026-10-31").json();
		assertThat(october.get("schools").get(0).get("smsSegments").asInt()).isEqualTo(3);
		assertThat(october.get("schools").get(2).get("smsSegments").asInt()).as("sent on 1 November in Yekaterinburg")
			.isZero();
	}

	@Test
	void givesEachSchoolTheFiguresOfItsOwnReports() {
		JsonNode school = getAsOperator("/api/city/summary?from=2026-11-12&to=2026-11-25").json().get("schools").get(0);
		JsonNode teachers = getAsOperator("/api/monitoring/teachers?from=2026-11-12&to=2026-11-25").json()
			.get("teachers");
		JsonNode subscriptions = getAsOperator("/api/monitoring/subscriptions").json().get("total");

		int lessons = 0;
		int missed = 0;
		for (JsonNode row : teachers) {
			lessons += row.get("lessons").asInt();
			missed += row.get("lessonsWithoutAttendance").asInt();
		}
		assertThat(school.get("journal").get("lessons").asInt()).isEqualTo(lessons).isEqualTo(6);
		assertThat(school.get("journal").get("lessonsWithAttendance").asInt()).isEqualTo(lessons - missed);
		assertThat(school.get("families").get("students").asInt()).isEqualTo(subscriptions.get("students").asInt());
		assertThat(school.get("families").get("reached").asInt()).isEqualTo(subscriptions.get("subscribed").asInt());
	}

	@Test
	void refusesBadPeriodsAndFormatsWithALocalizedMessage() {
		assertBadRequest("/api/city/summary?from=2026-13-01", "ru",
				"from — дата в виде ГГГГ-ММ-ДД, например 2026-11-25; получено «2026-13-01»");
		assertBadRequest("/api/city/summary?from=2026-11-25&to=2026-11-01", "en",
				"The period starts (2026-11-25) after it ends (2026-11-01)");
		assertBadRequest("/api/city/summary?from=2025-01-01", "ru", "Период — не больше 366 дней, а запрошено 694");
		assertBadRequest("/api/city/summary?format=xlsx", "en", "Unknown format “xlsx”; use json or csv");
		Response csvAsked = getAsOperator("/api/city/summary?to=yesterday", "Accept", "text/csv");
		assertThat(csvAsked.contentType()).as("a mistake is JSON").startsWith("application/json");
		assertThat(csvAsked.json().get("path").asString()).isEqualTo("/api/city/summary");
	}

	@Test
	void refusesCallersWithoutTheOperatorsToken() {
		Response anonymous = get("/api/city/summary");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.json().get("message").asString())
			.isEqualTo("Нужен заголовок Authorization: Bearer и токен администратора");
		assertThat(get("/api/city/summary?format=csv", "Authorization", "Bearer wrong-token").status()).isEqualTo(401);
		Response metrics = get("/api/city/summary", "Authorization", "Bearer " + METRICS_TOKEN);
		assertThat(metrics.status()).isEqualTo(403);
		assertThat(metrics.body()).doesNotContain("Школа");
	}

	private void assertBadRequest(String path, String language, String message) {
		Response response = getAsOperator(path, "Accept-Language", language);
		assertThat(response.status()).as(path).isEqualTo(400);
		assertThat(response.json().get("message").asString()).as(path).isEqualTo(message);
	}

	private Response getAsOperator(String path, String... headers) {
		String[] all = new String[headers.length + 2];
		all[0] = "Authorization";
		all[1] = "Bearer " + TOKEN;
		System.arraycopy(headers, 0, all, 2, headers.length);
		return get(path, all);
	}

	private void school(School school, List<String> students, List<String> staff, List<String> lessons) {
		Outcomes.applied(this.roster.apply(school, Lines.roster(students.toArray(String[]::new)), Actor.adminApi()));
		Outcomes.applied(this.staff.apply(school.id(), Lines.staff(staff.toArray(String[]::new)), Actor.adminApi()));
		Outcomes.applied(
				this.timetable.apply(school.id(), Lines.timetable(lessons.toArray(String[]::new)), Actor.adminApi()));
	}

	private void rollCall(School school, String teacher, String className, String day, int lesson) {
		var author = this.staffMembers.match(school.id(), teacher).found().orElseThrow();
		ClassId schoolClass = new ClassId(this.jdbc.sql("select id from school_class where school_id = ? and name = ?")
			.params(school.id().value(), className)
			.query(Long.class)
			.single());
		LocalDate date = LocalDate.parse(day);
		Instant at = date.atTime(12, 0).atZone(school.timeZone()).toInstant();
		this.transactions.executeWithoutResult(
				(status) -> this.journal.rollCall(author, schoolClass, null, List.of(), List.of(), date, lesson, at));
	}

	private void notification(School school, String channel, String status, String created, Integer segments) {
		CityNotifications.write(this.jdbc, school.id(), channel, status, created, segments);
	}

}
