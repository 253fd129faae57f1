package org.classbell.app.console;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConsoleJournalIntegrationTest extends ConsoleBrowserIntegrationTest {

	private static final ZoneId SCHOOL = ZoneId.of("Europe/Moscow");

	@Test
	void showsWhoChangedWhichMarkAndAbsenceWhenInWords() {
		ask(TEACHER_5A, "/grade 5А алгебра Абрамов 4");
		ask(TEACHER_5A, "/grade 5А алгебра Абрамов 5");
		assertThat(ask(TEACHER_5A, "/undo")).startsWith("Отменено: оценки.");
		ask(TEACHER_5A, "/absent 5А Белова");
		ask(TEACHER_5A, "/excuse Белова болезнь");
		ask(TEACHER_5B, "/grade 5Б алгебра Григорьева 3");

		Browser page = logInAs(ADMIN);
		page.open("/console/journal");

		assertThat(page.heading()).isEqualTo("Изменения журнала");
		List<String> rows = rows(page);
		assertThat(rows.get(0)).as("newest first")
			.contains("Смирнов Павел Игоревич", "Григорьева Дарья", "5Б", "Алгебра", "оценка 3 поставлена");
		assertThat(rows).anySatisfy((row) -> assertThat(row).contains("Орлова Анна Петровна", "Белова Ксения", "5А",
				"отметка «отсутствовал» → «уважительная причина»"));
		assertThat(rows).anySatisfy((row) -> assertThat(row).contains("Орлова Анна Петровна", "Абрамов Денис", "5А",
				"Алгебра", "оценка 5 — запись удалена (/undo)"));
		assertThat(rows).anySatisfy(
				(row) -> assertThat(row).contains("Абрамов Денис", "оценка 4 поставлена", "за 25 нояб. 2026 г."));
		Instant newest = this.jdbc.sql("select max(at) from audit_log where entity = 'mark'")
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
		assertThat(page.find("table.changes tbody tr td.when").getText()).as("in school time")
			.isEqualTo(DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm").format(newest.atZone(SCHOOL)));
		assertThat(page.find("p.total").getText()).matches("Изменений: \\d+ \\(показаны 1–\\d+, сначала новые\\)");
		page.screenshot("journal");
		assertAccessible();
		page.screenshot("journal-phone", true);
	}

	@Test
	void filtersByClassTeacherAndDays() {
		ask(TEACHER_5A, "/grade 5А алгебра Васильев 2");
		ask(TEACHER_5B, "/grade 5Б алгебра Данилов 5");
		Browser page = logInAs(ADMIN);
		page.open("/console/journal");

		page.find("#class option[value='" + classId("5Б") + "']").click();
		page.click("form.filters button[type=submit]");
		assertThat(page.path()).startsWith("/console/journal?class=" + classId("5Б"));
		assertThat(rows(page)).isNotEmpty()
			.allSatisfy((row) -> assertThat(row).contains("5Б").doesNotContain("5А"))
			.anySatisfy((row) -> assertThat(row).contains("Данилов Егор", "оценка 5 поставлена"));
		assertAccessible();

		page.open("/console/journal?teacher=" + staffId("Орлова"));
		assertThat(rows(page)).isNotEmpty()
			.allSatisfy((row) -> assertThat(row).contains("Орлова Анна Петровна"))
			.anySatisfy((row) -> assertThat(row).contains("Васильев Глеб", "оценка 2 поставлена"));
		assertThat(page.find("#teacher option[selected]").getText()).isEqualTo("Орлова Анна Петровна");

		LocalDate today = this.jdbc.sql("select (now() at time zone 'Europe/Moscow')::date")
			.query(LocalDate.class)
			.single();
		page.open("/console/journal?from=" + today + "&to=" + today + "&class=" + classId("5А"));
		assertThat(rows(page)).anySatisfy((row) -> assertThat(row).contains("Васильев Глеб"));
		page.open("/console/journal?from=2020-01-01&to=2020-01-31");
		assertThat(rows(page)).isEmpty();
		assertThat(page.find("p.total").getText()).isEqualTo("Изменений: 0");
		assertThat(page.mainText()).contains("Изменений не найдено.");
	}

	@Test
	void aClassTeacherSeesOnlyTheirClassesAndIsRefusedAnother() throws Exception {
		ask(TEACHER_5A, "/grade 5А алгебра Белова 4");
		ask(TEACHER_5B, "/grade 5Б алгебра Григорьева 5");

		Browser page = logInAs(TEACHER_5B);
		page.open("/console/journal");

		assertThat(rows(page)).isNotEmpty()
			.allSatisfy((row) -> assertThat(row).contains("5Б").doesNotContain("5А", "Белова", "Абрамов"))
			.anySatisfy((row) -> assertThat(row).contains("Григорьева Дарья", "оценка 5 поставлена"));
		assertThat(page.findAll("#class option")).extracting(WebElement::getText).containsExactly("Мои классы", "5Б");
		assertAccessible();

		page.open("/console/journal?class=" + classId("5А"));
		assertThat(page.heading()).isEqualTo("Нет доступа");
		assertThat(page.mainText()).doesNotContain("Белова");
		HttpResponse<String> refused = withSession("GET", "/console/journal?class=" + classId("5А"), null);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).doesNotContain("Белова");
	}

	/**
	 * Sends a command to the bot as the user and waits for the answer.
	 */
	private String ask(long user, String command) {
		int before = TELEGRAM.sentMessages(user).size();
		TELEGRAM.sendText(user, user, command);
		await().atMost(WAIT).until(() -> TELEGRAM.sentMessages(user).size() > before);
		return TELEGRAM.sentMessages(user).get(before).text();
	}

	private static List<String> rows(Browser page) {
		return page.findAll("table.changes tbody tr").stream().map(WebElement::getText).toList();
	}

	private long classId(String name) {
		return this.jdbc.sql("select id from school_class where name = ?").param(name).query(Long.class).single();
	}

	private long staffId(String lastName) {
		return this.jdbc.sql("select id from staff where last_name = ?").param(lastName).query(Long.class).single();
	}

}
