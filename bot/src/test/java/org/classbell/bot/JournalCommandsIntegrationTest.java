package org.classbell.bot;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.testing.Button;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class JournalCommandsIntegrationTest extends BotIntegrationTest {

	@BeforeEach
	void teachers() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkStaff(ORLOV, "Орлов Дмитрий");
	}

	@Test
	void takesARollCallWithButtons() {
		var sheet = ask(SOKOLOVA, "/rollcall");

		assertThat(sheet.text())
			.isEqualTo("<b>Перекличка 5А, урок 2</b>. Нажмите на отсутствующих, затем «Готово». Отсутствуют: 0.");
		assertThat(sheet.buttons()).extracting((row) -> row.stream().map(Button::text).toList())
			.containsExactly(List.of("✅ 1. Алексеев Б.", "✅ 2. Иванов П."),
					List.of("✅ 3. Иванов П.", "✅ 4. Петрова А."), List.of("Готово", "Отмена"));

		press(SOKOLOVA, sheet.messageId(), sheet.buttons().get(1).get(1).callbackData());
		await().atMost(WAIT).until(() -> TELEGRAM.edits().size() == 1);
		assertThat(TELEGRAM.edits().get(0).buttons().get(1).get(1).text()).isEqualTo("❌ 4. Петрова А.");
		assertThat(count("select count(*) from attendance")).as("nothing saved before Done").isZero();

		press(SOKOLOVA, sheet.messageId(), sheet.buttons().get(2).get(0).callbackData());
		await().atMost(WAIT).until(() -> TELEGRAM.edits().size() == 2);
		assertThat(TELEGRAM.edits().get(1).text())
			.isEqualTo("Перекличка 5А, урок 2, сохранена. Отсутствуют (1): Петрова Анна. Родителям сообщу.");
		assertThat(this.jdbc
			.sql("select s.last_name || ' ' || a.lesson_no from attendance a join student s on s.id = a.student_id")
			.query(String.class)
			.list()).containsExactly("Петрова 2");
		assertThat(count("select count(*) from notification")).isOne();
	}

	@Test
	void takesTheRollCallOfTheSubgroupOfTheLessonAndLeavesTheOtherGroupsMarks() {
		this.imported.roster("5А,1,Алексеев,Борис,,Алексеева Ольга,+79110000001,ru,yes,1",
				"5А,2,Иванов,Пётр,Сергеевич,Иванова Мария,+79110000002,ru,yes,1",
				"5А,3,Иванов,Павел,Андреевич,Иванов Андрей,+79110000003,ru,,2",
				"5А,4,Петрова,Анна,,Петрова Ирина,+79110000004,en,yes,2",
				"1А,1,Смирнов,Лев,,Смирнова Ксения,+79110000005,ru,yes,",
				"6Б,1,Иванова,Ольга,,Иванова Мария,+79110000002,ru,yes,");
		this.imported.timetable("5А,1,3,4,11:15,Английский язык,Орлов Дмитрий",
				"5А,2,3,4,11:15,Английский язык,Белова Ирина");
		linkStaff(BELOVA, "Белова Ирина");
		this.clock.advance(java.time.Duration.ofMinutes(110));

		var first = ask(ORLOV, "/rollcall");
		assertThat(first.buttons()).extracting((row) -> row.stream().map(Button::text).toList())
			.containsExactly(List.of("✅ 1. Алексеев Б.", "✅ 2. Иванов П."), List.of("Готово", "Отмена"));
		press(ORLOV, first.messageId(), first.buttons().get(0).get(0).callbackData());
		await().atMost(WAIT).until(() -> TELEGRAM.edits().size() == 1);
		press(ORLOV, first.messageId(), first.buttons().get(1).get(0).callbackData());
		await().atMost(WAIT).until(() -> TELEGRAM.edits().size() == 2);

		var second = ask(BELOVA, "/rollcall 5А @4");
		assertThat(second.text()).contains("Отсутствуют: 0");
		press(BELOVA, second.messageId(), second.buttons().get(1).get(0).callbackData());
		await().atMost(WAIT).until(() -> TELEGRAM.edits().size() == 3);

		assertThat(this.jdbc
			.sql("select s.last_name || ' ' || a.lesson_no from attendance a join student s on s.id = a.student_id")
			.query(String.class)
			.list()).containsExactly("Алексеев 4");
	}

	@Test
	void recordsMarksInTheSubjectNamed() {
		assertThat(ask(SOKOLOVA, "/grade 5А алгебра Иванов П.С. 5 Петрова 4- 1 3+").text())
			.isEqualTo("Оценки по предмету «Алгебра», 5А: Иванов Пётр — 5, Петрова Анна — 4-, Алексеев Борис — 3+.");
		assertThat(this.jdbc
			.sql("""
					select s.last_name || ' ' || m.value || coalesce(m.modifier, '') || ' ' || coalesce(m.lesson_no::text, '-')
					from mark m join student s on s.id = m.student_id order by m.id
					""")
			.query(String.class)
			.list()).containsExactly("Иванов 5 -", "Петрова 4- -", "Алексеев 3+ -");
	}

	@Test
	void takesTheSubjectAndLessonFromTheTimetable() {
		assertThat(ask(SOKOLOVA, "/grade Алексеев 4").text())
			.isEqualTo("Оценки по предмету «Геометрия», 5А: Алексеев Борис — 4.");
		assertThat(count("select lesson_no from mark")).isEqualTo(2);
	}

	@Test
	void refusesMarksInAnAttendanceOnlyClass() {
		assertThat(ask(SOKOLOVA, "/grade 1А математика Смирнов 5").text())
			.isEqualTo("В 1А оценки не ставятся: для класса ведётся только посещаемость.");
		assertThat(count("select count(*) from mark")).isZero();
	}

	@Test
	void refusesMarksInASubjectTheTeacherDoesNotTeachThere() {
		assertThat(ask(ORLOV, "/grade 5А алгебра Алексеев 5").text()).isEqualTo("Вы не преподаёте в классе 5А.");
		assertThat(count("select count(*) from mark")).isZero();
	}

	@Test
	void refusesAMarkItCannotRead() {
		assertThat(ask(SOKOLOVA, "/grade 5А алгебра Алексеев 6").text()).startsWith("Не понял оценку у «Алексеев»");
		assertThat(ask(SOKOLOVA, "/grade 5А алгебра Алексеев").text()).startsWith("Не понял оценку у «Алексеев»");
		assertThat(count("select count(*) from mark")).isZero();
	}

	@Test
	void praisesAStudentAndTellsTheParents() {
		assertThat(ask(SOKOLOVA, "/praise Петрова отлично выступила на олимпиаде, молодец!").text())
			.isEqualTo("Похвала записана, родители Петрова Анна (5А) получат сообщение.");
		assertThat(this.jdbc.sql("select kind || ': ' || text from behaviour_note").query(String.class).list())
			.containsExactly("praise: отлично выступила на олимпиаде, молодец!");
		assertThat(this.jdbc.sql("select body from notification").query(String.class).list())
			.containsExactly("Анна (5А), praise: отлично выступила на олимпиаде, молодец!");
	}

	@Test
	void withdrawsARemarkThatIsUndone() {
		ask(SOKOLOVA, "/remark Алексеев не было сменной обуви");
		this.jdbc.sql("update notification set status = 'sent'").update();

		ask(SOKOLOVA, "/undo");

		assertThat(count("select count(*) from behaviour_note")).isZero();
		assertThat(this.jdbc.sql("select body from notification where status = 'queued'").query(String.class).list())
			.containsExactly("Исправление: сообщение учителя о Борис (5А) от 25.11 отменено.");
	}

	@Test
	void recordsHomeworkDueAtTheNextLessonOfTheSubject() {
		assertThat(ask(SOKOLOVA, "/homework 5А алгебра № 125, 126 <b>до конца</b>").text())
			.isEqualTo("Домашнее задание по предмету «Алгебра» для 5А записано, к 2 декабря.");
		assertThat(this.jdbc.sql("select due_on || ' ' || text from homework").query(String.class).list())
			.containsExactly("2026-12-02 № 125, 126 <b>до конца</b>");
	}

	@Test
	void refusesTextsTooLongToKeep() {
		assertThat(ask(SOKOLOVA, "/remark Алексеев " + "о".repeat(2001)).text())
			.isEqualTo("Слишком длинный текст: не больше 2000 знаков. Ничего не сохранено.");
		assertThat(ask(SOKOLOVA, "/announce 5А " + "о".repeat(3001)).text())
			.isEqualTo("Слишком длинный текст: не больше 3000 знаков. Ничего не сохранено.");
		assertThat(count("select count(*) from behaviour_note") + count("select count(*) from announcement")).isZero();
	}

	@Test
	void escapesWhatTeachersTypeInRepliesAndMessages() {
		ask(SOKOLOVA, "/remark Алексеев 2 < 3 & <script>");

		assertThat(TELEGRAM.sentMessages(SOKOLOVA).get(0).text()).doesNotContain("<script>");
		assertThat(this.jdbc.sql("select body from notification").query(String.class).single())
			.isEqualTo("Борис (5А), замечание: 2 < 3 & <script>");
	}

}
