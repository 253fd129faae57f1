package org.classbell.app.console;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operator's list of schools on Wednesday 25 November 2026, 09:30 in Moscow, in a
 * city of two: the console's «Школа №1», where a teacher of 5А has marked an absence in
 * lesson 2 through the bot, and «Школа № 10» in Yekaterinburg, made through the store
 * with a class 7В, a lesson on Wednesdays and a roll call today.
 */
class ConsoleSchoolsIntegrationTest extends ConsoleBrowserIntegrationTest {

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

	School first;

	School tenth;

	@BeforeEach
	void city() {
		assertThat(postAsAdmin("/api/import/timetable", "text/csv", ConsoleTodayIntegrationTest.TIMETABLE).status())
			.isEqualTo(200);
		say(TEACHER_5A, "/absent 5А @2 Абрамов");
		this.first = this.schools.byCode("default").orElseThrow();
		this.tenth = this.schools.create("sch10", "Школа № 10", ZoneId.of("Asia/Yekaterinburg"), "RU", Actor.operator())
			.orElseThrow();
		Outcomes
			.applied(this.roster.apply(this.tenth, Lines.roster("7В,1,Андреев,Олег,,Андреева Анна,+79120000011,ru,yes",
					"7В,2,Борисов,Иван,,Борисова Инна,+79120000012,ru,"), Actor.adminApi()));
		Outcomes.applied(this.staff.apply(this.tenth.id(), Lines.staff("Зайцева,Ольга,,teacher,7В,7В:Математика"),
				Actor.adminApi()));
		Outcomes.applied(this.timetable.apply(this.tenth.id(),
				Lines.timetable("7В,,3,1,08:30,Математика,Зайцева Ольга"), Actor.adminApi()));
		rollCallInTenth();
		notification(this.first, "telegram", "sent", "2026-11-20T10:00:00Z", null);
		notification(this.first, "sms", "failed", "2026-11-24T09:00:00Z", null);
		notification(this.tenth, "sms", "delivered", "2026-11-24T08:00:00Z", 2);
		notification(this.tenth, "sms", "failed", "2026-11-24T09:00:00Z", null);
	}

	@Test
	void theOperatorSeesEverySchoolsFiguresAndOpensAnotherSchool() {
		Browser page = logInAsCityOperator();

		assertThat(page.heading()).isEqualTo("Школы");
		assertThat(page.mainText()).contains("Период: с 1 ноября 2026 г. по 25 ноября 2026 г.");
		assertThat(page.find("header").getText()).contains("Школа №1", "Все школы");
		assertThat(page.findAll("nav.menu a")).extracting(WebElement::getText)
			.containsExactly("Школы", "Сегодня", "Импорт", "Классы", "Мониторинг", "Сообщения", "Изменения журнала",
					"Настройки");
		assertThat(rows("tbody")).containsExactly(
				"Школа №1 открыта | default | 4,5 % 1 из 22 | 60,0 % 3 из 5 | 50,0 % 1 из 2 | 0 | Открыть",
				"Школа № 10 | sch10 | 25,0 % 1 из 4 | 50,0 % 1 из 2 | 50,0 % 1 из 2 | 2 | Открыть");
		assertThat(rows("tfoot"))
			.containsExactly("Весь город |  | 7,7 % 2 из 26 | 57,1 % 4 из 7 | 50,0 % 2 из 4 | 2 |");
		page.screenshot("schools");
		page.screenshot("schools-phone", true);
		assertAccessible();

		page.click("form[action$='/console/schools/sch10/open'] button");
		assertThat(page.path()).isEqualTo("/console/today");
		assertThat(page.find("header .school").getText()).isEqualTo("Школа № 10");
		page.screenshot("schools-opened");
		page.click("nav.menu a[href$='/console/classes']");
		assertThat(page.mainText()).contains("7В").doesNotContain("5А", "5Б");
		page.click("header a.all-schools");
		assertThat(page.path()).isEqualTo("/console/schools");
		assertThat(rows("tbody")).anyMatch((row) -> row.startsWith("Школа № 10 открыта | sch10"));

		page.click("form[action$='/console/schools/default/open'] button");
		page.open("/console/classes");
		assertThat(page.mainText()).contains("5А", "5Б").doesNotContain("7В");
	}

	@Test
	void theOperatorChoosesThePeriodAndDownloadsTheTable() throws Exception {
		Browser page = logInAsCityOperator();
		page.open("/console/schools?from=2026-11-23&to=2026-11-25");

		assertThat(page.find("#from").getDomProperty("value")).isEqualTo("2026-11-23");
		assertThat(rows("tbody").get(1)).startsWith("Школа № 10 | sch10 | 100,0 % 1 из 1 |");
		HttpResponse<String> csv = withSession("GET", "/console/schools/summary.csv?from=2026-11-23&to=2026-11-25",
				null);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
			.contains("schools-2026-11-23-2026-11-25.csv");
		assertThat(csv.body()).startsWith("code,name,time_zone,lessons,")
			.contains("\r\nsch10,Школа № 10,Asia/Yekaterinburg,1,1,100.0,2,1,50.0,0,1,1,1,1,1,50.0,2\r\n")
			.endsWith("\"\",Весь город,,5,2,40.0,7,4,57.1,0,4,2,1,1,2,33.3,2\r\n");

		HttpResponse<String> wrong = withSession("GET", "/console/schools?from=2026-11-25&to=2026-11-01", null);
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("Начало периода позже его конца").doesNotContain("sch10");
	}

	@Test
	void anUnknownSchoolIsNotOpenedAndAFormWithoutItsTokenChangesNothing() throws Exception {
		Browser page = logInAsCityOperator();
		String csrf = page.find("form.logout input[name=_csrf]").getDomAttribute("value");

		HttpResponse<String> unknown = withSession("POST", "/console/schools/sch99/open", "_csrf=" + csrf);
		assertThat(unknown.statusCode()).isEqualTo(404);
		HttpResponse<String> stale = withSession("POST", "/console/schools/sch10/open", "");
		assertThat(stale.statusCode()).isEqualTo(403);
		assertThat(stale.body()).contains("Форма устарела");

		page.open("/console/today");
		assertThat(page.find("header .school").getText()).isEqualTo("Школа №1");
	}

	@Test
	void staffNeverSeeTheSchoolsNorOpenAnotherSchool() throws Exception {
		for (long user : new long[] { ADMIN, TEACHER_5A }) {
			browser().forget();
			Browser page = logInAs(user);
			assertThat(page.findAll("nav.menu a")).extracting(WebElement::getText).doesNotContain("Школы");
			assertThat(page.findAll("header a.all-schools")).isEmpty();
			String csrf = page.find("form.logout input[name=_csrf]").getDomAttribute("value");

			page.open("/console/schools");
			assertThat(page.heading()).isEqualTo("Нет доступа");
			assertThat(page.mainText()).doesNotContain("Школа № 10");
			for (String path : List.of("/console/schools", "/console/schools/summary.csv")) {
				HttpResponse<String> refused = withSession("GET", path, null);
				assertThat(refused.statusCode()).as(path).isEqualTo(403);
				assertThat(refused.body()).as(path).doesNotContain("sch10", "Школа № 10");
			}
			HttpResponse<String> open = withSession("POST", "/console/schools/sch10/open", "_csrf=" + csrf);
			assertThat(open.statusCode()).isEqualTo(403);

			page.open("/console/classes");
			assertThat(page.find("header .school").getText()).isEqualTo("Школа №1");
			assertThat(page.mainText()).contains("5А").doesNotContain("7В");
		}
	}

	/**
	 * Logs in with the admin token: in a city, the console opens on the list of schools.
	 */
	private Browser logInAsCityOperator() {
		Browser page = browser().open("/console/login");
		page.type("token", TOKEN).click("form[action$='/console/login/token'] button[type=submit]");
		assertThat(page.path()).isEqualTo("/console/schools");
		return page;
	}

	/** Each row of the table's part, as its cells' texts. */
	private List<String> rows(String part) {
		return browser().findAll("table.schools-table " + part + " tr")
			.stream()
			.map((row) -> String
				.join(" | ",
						row.findElements(By.cssSelector("th, td"))
							.stream()
							.map((cell) -> cell.getText().replace('\n', ' ').strip())
							.toList())
				.strip())
			.toList();
	}

	private void rollCallInTenth() {
		var teacher = this.staffMembers.match(this.tenth.id(), "Зайцева Ольга").found().orElseThrow();
		ClassId schoolClass = new ClassId(this.jdbc.sql("select id from school_class where school_id = ? and name = ?")
			.params(this.tenth.id().value(), "7В")
			.query(Long.class)
			.single());
		LocalDate today = LocalDate.parse("2026-11-25");
		this.transactions.executeWithoutResult((status) -> this.journal.rollCall(teacher, schoolClass, null, List.of(),
				List.of(), today, 1, this.clock.instant()));
	}

	private void say(long user, String command) {
		int before = TELEGRAM.sentMessages(user).size();
		TELEGRAM.sendText(user, user, command);
		await().atMost(WAIT).until(() -> TELEGRAM.sentMessages(user).size() > before);
	}

	private void notification(School school, String channel, String status, String created, Integer segments) {
		CityNotifications.write(this.jdbc, school.id(), channel, status, created, segments);
	}

}
