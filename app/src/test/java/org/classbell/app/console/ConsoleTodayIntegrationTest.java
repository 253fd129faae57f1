package org.classbell.app.console;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import org.classbell.store.backup.BackupLog;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console's start page on Wednesday 25 November 2026, 09:30 in Moscow: two lessons of
 * each class have begun, a teacher of 5А has marked a student absent through the bot.
 */
class ConsoleTodayIntegrationTest extends ConsoleBrowserIntegrationTest {

	static final String TIMETABLE = """
			class,subgroup,weekday,lesson_no,starts_at,subject,teacher
			5А,,3,1,08:30,Алгебра,Орлова Анна
			5А,,3,2,09:20,Алгебра,Орлова Анна
			5А,,3,3,10:20,История,Фёдоров Илья
			5Б,,3,1,08:30,История,Фёдоров Илья
			5Б,,3,2,09:20,Алгебра,Смирнов Павел
			5Б,,4,1,08:30,Алгебра,Смирнов Павел
			""";

	@Autowired
	BackupLog backups;

	@BeforeEach
	void day() {
		assertThat(postAsAdmin("/api/import/timetable", "text/csv", TIMETABLE).status()).isEqualTo(200);
		absent(TEACHER_5A, "/absent 5А Абрамов");
	}

	@Test
	void anAdministratorSeesTheLessonsWithoutAttendanceTheAbsenceAndTheAlert() {
		Browser page = logInAs(ADMIN);

		assertThat(page.heading()).isEqualTo("Сегодня");
		assertThat(page.mainText()).contains("среда, 25 ноября 2026");
		assertThat(card("card-absences")).contains("Отсутствуют сегодня\n1", "5А: отсутствуют 1, опоздали 0");
		assertThat(card("card-alerts")).contains("Оповещения о пропусках\n1", "В очереди\n1");
		assertThat(card("card-queue")).contains("Очередь сообщений\n1");
		assertThat(card("card-channels")).contains("Telegram: включён", "MAX: включён", "SMS: выключен");
		assertThat(card("card-backup")).contains("Ещё не было");
		List<String> rows = page
			.findAll("#not-taken ~ .table-wrap tbody tr, section[aria-labelledby=not-taken] tbody tr")
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(rows).contains("5А 1 08:30 Алгебра Орлова Анна Петровна", "5Б 1 08:30 История Фёдоров Илья",
				"5Б 2 09:20 Алгебра Смирнов Павел Игоревич");
		assertThat(rows).noneMatch((row) -> row.contains("10:20"));
		assertThat(card("card-attendance")).contains("Посещаемость отмечена\n" + (4 - rows.size()) + " из 4");
		page.screenshot("today");
		page.screenshot("today-phone", true);
		assertAccessible();
	}

	@Test
	void aClassTeacherOf5BSeesNothingOf5A() {
		Browser page = logInAs(TEACHER_5B);

		String text = page.mainText();
		assertThat(text).doesNotContain("5А", "Абрамов", "Орлова");
		assertThat(text).contains("5Б 1 08:30 История Фёдоров Илья", "5Б 2 09:20 Алгебра Смирнов Павел Игоревич");
		assertThat(card("card-absences")).startsWith("Отсутствуют сегодня\n0");
		assertThat(card("card-alerts")).startsWith("Оповещения о пропусках\n0");
		assertThat(page.findAll("#card-queue, #card-channels, #card-backup")).isEmpty();
		page.screenshot("today-class-teacher");
		assertAccessible();
	}

	@Test
	void aFailedBackupIsAWarning() {
		long id = this.backups.start("classbell-20261125-0200.cbk", "scheduled", "node",
				Instant.parse("2026-11-24T23:00:00Z"));
		this.backups.failed(id, Instant.parse("2026-11-24T23:01:00Z"), "disk full", List.of());
		Browser page = logInAsOperator();

		assertThat(page.find("#card-backup ~ .status-bad, section[aria-labelledby=card-backup] .status-bad").getText())
			.startsWith("Последняя резервная копия не удалась");
		page.open("/console/today?lang=en");
		assertThat(card("card-backup")).contains("The last backup failed");
		assertThat(card("card-absences")).contains("Absent today\n1");
		assertAccessible();
	}

	private String card(String heading) {
		return browser().find("section[aria-labelledby=" + heading + "]").getText();
	}

	private void absent(long user, String command) {
		int before = TELEGRAM.sentMessages(user).size();
		TELEGRAM.sendText(user, user, command);
		await().atMost(WAIT).until(() -> TELEGRAM.sentMessages(user).size() > before);
		await().atMost(WAIT)
			.until(() -> this.jdbc.sql("select count(*) from notification where kind = 'attendance'")
				.query(Long.class)
				.single() > 0);
	}

}
