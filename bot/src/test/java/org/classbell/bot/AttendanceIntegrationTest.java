package org.classbell.bot;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

import org.classbell.bot.telegram.TelegramUpdates;
import org.classbell.testing.Edit;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AttendanceIntegrationTest extends BotIntegrationTest {

	@Autowired
	TelegramUpdates updates;

	@BeforeEach
	void teachers() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkStaff(ORLOV, "Орлов Дмитрий");
	}

	@Test
	void marksAStudentAbsentForTheDayInTheClassOfTheLessonNow() {
		var reply = ask(SOKOLOVA, "/absent Алексеев");

		assertThat(reply.text()).isEqualTo("5А, 25 ноября: весь день отсутствуют Алексеев Борис. Родителям сообщу.");
		assertThat(rows("select lesson_no || '' from attendance")).containsExactly((String) null);
		assertThat(rows("select channel || ' ' || address || ' ' || body from notification"))
			.containsExactly("sms +79110000001 Борис (5А) 25.11: отсутствие весь день.");
		assertThat(rows("select (next_attempt_at - created_at)::text from notification"))
			.as("sent when the merge window closes")
			.containsExactly("00:02:00");
	}

	@Test
	void marksSeveralStudentsForLessons() {
		var reply = ask(SOKOLOVA, "/absent 5а @3-4 Алексеев 4");

		assertThat(reply.text())
			.isEqualTo("5А, 25 ноября: на уроках 3, 4 отсутствуют Алексеев Борис, Петрова Анна. Родителям сообщу.");
		assertThat(count("select count(*) from attendance where status = 'absent'")).isEqualTo(4);
		assertThat(rows("select body from notification order by address"))
			.containsExactly("Борис (5А) 25.11: пропуск уроков 3, 4.", "Анна (5А) Nov 25: absent from lessons 3, 4.");
	}

	@Test
	void asksWhichStudentWithButtonsAndSavesNothingUntilTheTeacherPicks() {
		var question = ask(SOKOLOVA, "/absent @2 Иванов");

		assertThat(question.text())
			.isEqualTo("«Иванов» — кого вы имели в виду? Пока вы не выберете, ничего не сохранено.");
		assertThat(question.buttons()).extracting((row) -> row.get(0).text())
			.containsExactly("Иванов Пётр Сергеевич, 5А, №2", "Иванов Павел Андреевич, 5А, №3", "Отмена");
		assertThat(count("select count(*) from attendance")).isZero();

		press(SOKOLOVA, question.messageId(), question.buttons().get(1).get(0).callbackData());

		var saved = awaitReplies(SOKOLOVA, 2).get(1);
		assertThat(saved.text()).isEqualTo("5А, 25 ноября: на уроке 2 отсутствуют Иванов Павел. Родителям сообщу.");
		assertThat(TELEGRAM.edits()).extracting(Edit::text).containsExactly("Выбрано: Иванов Павел.");
		assertThat(rows("select s.first_name from attendance a join student s on s.id = a.student_id"))
			.containsExactly("Павел");
	}

	@Test
	void savesNothingWhenTheTeacherCancelsTheChoice() {
		var question = ask(SOKOLOVA, "/absent Иванов Алексеев");

		press(SOKOLOVA, question.messageId(),
				"pick:" + question.buttons().get(2).get(0).callbackData().split(":")[1] + ":cancel");

		await().atMost(WAIT).until(() -> !TELEGRAM.edits().isEmpty());
		assertThat(TELEGRAM.edits().get(0).text()).isEqualTo("Отменено, ничего не сохранено.");
		assertThat(count("select count(*) from attendance")).as("not even Алексеев, who was found").isZero();
	}

	@Test
	void resolvesSurnamesWithInitialsAndRegisterNumbers() {
		var reply = ask(SOKOLOVA, "/absent Иванов П.С., 3");

		assertThat(reply.text())
			.isEqualTo("5А, 25 ноября: весь день отсутствуют Иванов Пётр, Иванов Павел. Родителям сообщу.");
	}

	@Test
	void offersTheNearestNamesForATypo() {
		var question = ask(SOKOLOVA, "/absent Олексеев");

		assertThat(question.buttons().get(0).get(0).text()).isEqualTo("Алексеев Борис, 5А, №1");
	}

	@Test
	void refusesAnUnknownStudentAndSavesNothing() {
		assertThat(ask(SOKOLOVA, "/absent Алексеев Сидоров").text())
			.isEqualTo("Ученика «Сидоров» в классе нет. Ничего не сохранено.");
		assertThat(count("select count(*) from attendance")).isZero();
	}

	@Test
	void marksLatenessAndTellsParentsInTheirLanguage() {
		assertThat(ask(SOKOLOVA, "/late @2 Петрова").text())
			.isEqualTo("5А, 25 ноября: на урок 2 опоздали Петрова Анна. Родителям сообщу.");
		assertThat(rows("select body from notification")).containsExactly("Анна (5А) Nov 25: late for lesson 2.");
	}

	@Test
	void refusesAClassTheTeacherNeitherTeachesNorLeads() {
		assertThat(ask(ORLOV, "/absent 5А Алексеев").text())
			.isEqualTo("Вы не ведёте класс 5А и не классный руководитель в нём.");
		assertThat(count("select count(*) from attendance")).isZero();
	}

	@Test
	void asksForTheClassWhenTheTimetableDoesNotSayIt() {
		this.clock.advance(Duration.ofHours(5));

		assertThat(ask(SOKOLOVA, "/absent Алексеев").text())
			.isEqualTo("Укажите класс, например <code>/absent 5А @3 Иванов</code>. Ваши классы: 1А, 5А.");
	}

	@Test
	void mergesAbsencesOfOneChildWithinTheWindowIntoOneAlert() {
		ask(SOKOLOVA, "/absent @1 Алексеев");
		this.clock.advance(Duration.ofMinutes(1));

		ask(SOKOLOVA, "/absent @2 Алексеев");

		assertThat(rows("select status || ' ' || body from notification"))
			.containsExactly("queued Борис (5А) 25.11: пропуск уроков 1, 2.");
	}

	@Test
	void followsASentAlertWithACorrectionWhenTheAbsenceIsExcused() {
		ask(SOKOLOVA, "/absent Алексеев");
		sent();

		assertThat(ask(SOKOLOVA, "/excuse Алексеев болезнь").text())
			.isEqualTo("Пропуски: Алексеев Борис (5А), 25 ноября — по уважительной причине. Родителям сообщу.");

		assertThat(rows("select kind || ': ' || body from notification where status = 'queued'"))
			.containsExactly("attendance_update: Уточнение: Борис (5А) 25.11: отсутствие весь день по уважительной…");
	}

	@Test
	void undoesTheLastEntryAndWithdrawsItsAlertBeforeItIsSent() {
		ask(SOKOLOVA, "/absent @1 Алексеев Петрова");

		assertThat(ask(SOKOLOVA, "/undo").text())
			.isEqualTo("Отменено: отметка об отсутствии. Если родителям уже сообщили, они получат исправление.");

		assertThat(count("select count(*) from attendance")).isZero();
		assertThat(rows("select status from notification")).containsOnly("cancelled");
	}

	@Test
	void sendsACorrectionWhenAnUndoneAbsenceWasReportedAlready() {
		ask(SOKOLOVA, "/absent Алексеев");
		sent();

		ask(SOKOLOVA, "/undo");

		assertThat(rows("select kind || ': ' || body from notification where status = 'queued'"))
			.containsExactly("attendance_withdrawn: Исправление: Борис (5А) 25.11 - пропуск отмечен по ошибке.");
	}

	@Test
	void undoesOnlyWithinAQuarterOfAnHour() {
		ask(SOKOLOVA, "/absent Алексеев");
		this.clock.advance(Duration.ofMinutes(16));

		assertThat(ask(SOKOLOVA, "/undo").text())
			.isEqualTo("Отменять нечего: за последние 15 мин. вы ничего не записали.");
		assertThat(count("select count(*) from attendance")).isOne();
	}

	@Test
	void refusesToUndoWhatSomeoneChangedSince() {
		ask(SOKOLOVA, "/absent Алексеев");
		linkStaff(BELOVA, "Белова Ирина");
		this.jdbc.sql("update attendance set status = 'excused'").update();

		assertThat(ask(SOKOLOVA, "/undo").text())
			.isEqualTo("Нельзя отменить: эту запись уже изменили после вас. Исправьте её командой.");
	}

	@Test
	void changesNothingWhenTelegramDeliversAnUpdateAgain() throws Exception {
		int update = say(SOKOLOVA, "/absent Алексеев");
		awaitReply(SOKOLOVA);
		Update again = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
			.readValue(TELEGRAM.updateJson(update), Update.class);

		this.updates.handle(again);

		assertThat(count("select count(*) from attendance")).isOne();
		assertThat(count("select count(*) from notification")).isOne();
		assertThat(count("select count(*) from journal_entry")).isOne();
		assertNoMoreReplies(SOKOLOVA, 1);
	}

	@Test
	void ignoresAnotherTeachersButtons() {
		var question = ask(SOKOLOVA, "/absent Иванов");

		press(ORLOV, question.messageId(), question.buttons().get(0).get(0).callbackData());

		await().atMost(WAIT).until(() -> !TELEGRAM.calls("answerCallbackQuery").isEmpty());
		assertThat(TELEGRAM.calls("answerCallbackQuery").get(0).body()).contains("Эта кнопка больше не действует");
		assertThat(count("select count(*) from attendance")).isZero();
	}

	@Test
	void answersATeacherInEnglishWhenAsked() {
		ask(SOKOLOVA, "/lang en");

		assertThat(ask(SOKOLOVA, "/absent @2 Алексеев").text())
			.isEqualTo("5А, November 25: absent from lesson 2: Алексеев Борис. I will tell the parents.");
		assertThat(ask(SOKOLOVA, "/absent Сидоров").text())
			.isEqualTo("There is no student “Сидоров” in the class. Nothing was saved.");
		assertThat(rows("select body from notification")).as("the parent's own language")
			.containsExactly("Борис (5А) 25.11: пропуск урока 2.");
	}

	@Test
	void writesEveryEntryToTheAuditLogAsItsAuthor() {
		ask(SOKOLOVA, "/absent Алексеев");

		long staff = count("select staff_id from chat_link where user_id = ?", SOKOLOVA);
		assertThat(rows("select actor || ' ' || action from audit_log where entity = 'attendance'"))
			.containsExactly("staff:" + staff + " insert");
	}

	private void sent() {
		this.jdbc.sql("update notification set status = 'sent', sent_at = now() where status = 'queued'").update();
	}

	private List<String> rows(String sql) {
		return this.jdbc.sql(sql).query(String.class).list();
	}

}
