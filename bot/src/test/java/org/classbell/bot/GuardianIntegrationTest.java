package org.classbell.bot;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.notifier.reports.Period;
import org.classbell.notifier.reports.SchoolCalendar;
import org.classbell.testing.Button;
import org.classbell.testing.SentMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class GuardianIntegrationTest extends BotIntegrationTest {

	@BeforeEach
	void people() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkGuardian(IVANOVA, "5А", "Иванова Мария");
		linkGuardian(PETROVA, "5А", "Петрова Ирина");
	}

	@Test
	void listsTheGuardiansOwnChildrenOnly() {
		assertThat(ask(IVANOVA, "/children").text())
			.isEqualTo("<b>Ваши дети</b>\nИванов Пётр Сергеевич — 5А, №2\nИванова Ольга — 6Б, №1");
	}

	@Test
	void reportsMarksAttendanceNotesAndHomeworkOfEachChild() {
		ask(SOKOLOVA, "/grade 5А алгебра Иванов П.С. 5 Петрова 3");
		ask(SOKOLOVA, "/grade 5А алгебра Иванов П.С. 4-");
		ask(SOKOLOVA, "/absent @3-4 Иванов П.С.");
		ask(SOKOLOVA, "/praise Иванов П.С. помог однокласснику");
		ask(SOKOLOVA, "/homework 5А алгебра № 125");

		List<SentMessage> reports = reports(IVANOVA, "/report", 2);

		assertThat(reports.get(0).text()).isEqualTo("""
				📘 <b>Пётр, 5А</b> — 23 ноября–25 ноября
				Алгебра: 5 4- — средний балл 4,50
				Пропущено без уважительной причины: 2 урока.
				В прошлый период пропусков без уважительной причины не было.
				👏 25 ноября: помог однокласснику
				<b>Задано:</b>
				Алгебра, к 2 декабря: № 125""");
		assertThat(reports.get(1).text()).isEqualTo("""
				📘 <b>Ольга, 6Б</b> — 23 ноября–25 ноября
				Оценок нет.
				Пропусков и опозданий нет.""");
	}

	@Test
	void reportsInTheGuardiansLanguageForAChosenPeriod() {
		ask(SOKOLOVA, "/grade 5А алгебра Петрова 3");

		assertThat(reports(PETROVA, "/report 25.11-25.11", 1).get(0).text()).isEqualTo("""
				📘 <b>Анна, 5А</b> — November 25
				Алгебра: 3 — average 3.00
				No absences or latenesses.""");
		assertThat(ask(PETROVA, "/report someday").text()).startsWith("A report for which period?");
	}

	@Test
	void reportsTheTermAsTheSchoolSetItAndSaysWhenItSetNone() {
		assertThat(ask(PETROVA, "/report term").text()).startsWith("Today is in no term");

		this.beans.getBean(SchoolCalendar.class)
			.replaceTerms(school(), List
				.of(new SchoolCalendar.Term("II", new Period(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 12, 27)))));

		assertThat(reports(PETROVA, "/report term", 1).get(0).text()).startsWith("📘 <b>Анна, 5А</b> — November 9");
	}

	@Test
	void changesSettingsWithButtons() {
		var settings = ask(IVANOVA, "/settings");
		assertThat(settings.text()).isEqualTo("""
				<b>Настройки</b>
				Канал: Telegram
				Отчёт об успеваемости: раз в неделю
				Пропуски, оценки, замечания: сразу
				Тихие часы: 21:00–08:00 (несрочные сообщения придут утром)
				Язык: русский""");

		Button monthly = settings.buttons().get(1).get(3);
		assertThat(monthly.text()).isEqualTo("Раз в месяц");
		press(IVANOVA, settings.messageId(), monthly.callbackData());
		await().atMost(WAIT).until(() -> TELEGRAM.edits().size() == 1);

		assertThat(TELEGRAM.edits().get(0).text()).contains("Отчёт об успеваемости: раз в месяц");
		assertThat(TELEGRAM.edits().get(0).buttons().get(1).get(3).text()).isEqualTo("✓ Раз в месяц");
		assertThat(this.jdbc.sql("select report_frequency from guardian where phone = '+79110000002'")
			.query(String.class)
			.single()).isEqualTo("monthly");

		press(IVANOVA, settings.messageId(), settings.buttons().get(0).get(1).callbackData());
		await().atMost(WAIT).until(() -> TELEGRAM.edits().size() == 2);
		assertThat(TELEGRAM.edits().get(1).text()).contains("Канал: SMS");
	}

	@Test
	void switchesLanguageForRepliesAndMessages() {
		assertThat(ask(IVANOVA, "/lang en").text()).isEqualTo("Done: I answer in English.");
		assertThat(ask(IVANOVA, "/children").text()).startsWith("<b>Your children</b>");
		assertThat(this.jdbc.sql("select language from guardian where phone = '+79110000002'")
			.query(String.class)
			.single()).isEqualTo("en");
	}

	@Test
	void stopsAllMessagesAfterConfirmation() {
		var question = ask(IVANOVA, "/stop");
		press(IVANOVA, question.messageId(), question.buttons().get(0).get(0).callbackData());
		await().atMost(WAIT).until(() -> TELEGRAM.edits().size() == 1);

		assertThat(TELEGRAM.edits().get(0).text()).startsWith("Готово: сообщений больше не будет");
		assertThat(count("select count(*) from guardian where phone = '+79110000002' and opted_out_at is not null"))
			.isOne();
		assertThat(count("select count(*) from chat_link where user_id = ?", IVANOVA)).isZero();
		assertThat(ask(IVANOVA, "/report").text()).startsWith("Сначала привяжите Telegram");

		ask(SOKOLOVA, "/absent Иванов П.С.");
		assertThat(count("select count(*) from notification")).as("neither Telegram nor SMS").isZero();
	}

	@Test
	void sendsAlertsToALinkedGuardianByTelegram() {
		ask(SOKOLOVA, "/absent @3 Иванов П.С.");

		assertThat(this.jdbc.sql("select channel || ' ' || address || ' ' || body from notification")
			.query(String.class)
			.single()).isEqualTo("telegram " + IVANOVA + " 🔔 <b>Пётр</b>, 5А, 25 ноября: пропуск урока 3.");
	}

	private List<SentMessage> reports(long user, String command, int count) {
		int before = TELEGRAM.sentMessages(user).size();
		say(user, command);
		return awaitReplies(user, before + count).subList(before, before + count);
	}

}
