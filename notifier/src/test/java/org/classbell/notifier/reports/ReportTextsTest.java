package org.classbell.notifier.reports;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.classbell.notifier.NotifierProperties;
import org.classbell.notifier.sms.SmsForms;
import org.classbell.templates.ChatText;
import org.classbell.store.ClassId;
import org.classbell.store.StudentId;
import org.classbell.store.journal.Mark;
import org.classbell.templates.MessageCatalog;
import org.classbell.templates.sms.SmsText;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTextsTest {

	private static final Locale RU = MessageCatalog.RUSSIAN;

	private static final Locale EN = MessageCatalog.ENGLISH;

	private static final Period WEEK = new Period(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 27));

	private static final String HINT = "Подробнее: /report в Telegram или ОТЧЕТ";

	private static final SmsForms.Form CYRILLIC = new SmsForms.Form(false, 3);

	private final ReportTexts texts = new ReportTexts(MessageCatalog.builtIn(),
			new SmsForms(new NotifierProperties(Duration.ofMinutes(2), new NotifierProperties.Sms(1, 3, 3))));

	@ParameterizedTest
	@CsvSource({ "1, 0, 1 урок", "2, 0, 2 урока", "5, 0, 5 уроков", "11, 0, 11 уроков", "21, 0, 21 урок",
			"0, 1, 1 день", "0, 3, 3 дня", "0, 5, 5 дней", "22, 2, '22 урока, 2 дня'" })
	void countsMissedLessonsAndDaysWithRussianPlurals(int lessons, int days, String said) {
		StudentReport report = report(List.of(), new StudentReport.Attendance(lessons, days, 0, 0, 0), null, List.of());

		assertThat(this.texts.telegram(report, WEEK, RU, false).lines())
			.contains("Пропущено без уважительной причины: " + said + ".");
	}

	@ParameterizedTest
	@CsvSource({ "1, 1 lesson", "2, 2 lessons", "21, 21 lessons" })
	void countsMissedLessonsInEnglish(int lessons, String said) {
		StudentReport report = report(List.of(), new StudentReport.Attendance(0, 0, lessons, 0, 1), null, List.of());

		assertThat(this.texts.telegram(report, WEEK, EN, false).lines())
			.contains("Missed for a good reason: " + said + ".", "Late: 1 time.");
	}

	@Test
	void comparesAveragesAndAbsencesWithThePeriodBefore() {
		StudentReport report = report(
				List.of(subject("Алгебра", new BigDecimal("3.5"), "5", "4-"),
						subject("История", new BigDecimal("5"), "4"), subject("Физика", null, "3")),
				new StudentReport.Attendance(0, 1, 0, 0, 0), new StudentReport.Attendance(3, 0, 0, 0, 0), List.of());

		assertThat(this.texts.telegram(report, WEEK, RU, false)).isEqualTo("""
				📘 <b>Пётр, 5А</b> — 23 ноября–27 ноября
				Алгебра: 5 4- — средний балл 4,50 ↑ (был 3,50)
				История: 4 — средний балл 4,00 ↓ (был 5,00)
				Физика: 3 — средний балл 3,00
				Пропущено без уважительной причины: 1 день.
				В прошлый период без уважительной причины: 3 урока.""");
	}

	@Test
	void showsAttendanceOnlyInAnAttendanceOnlyClass() {
		StudentReport report = new StudentReport(new StudentId(1), "Лев", "1А", new ClassId(1), true, List.of(),
				new StudentReport.Attendance(2, 0, 0, 0, 0), null, List.of(), List.of());

		assertThat(this.texts.telegram(report, WEEK, RU, false)).isEqualTo("""
				📘 <b>Лев, 1А</b> — 23 ноября–27 ноября
				Пропущено без уважительной причины: 2 урока.""");
		assertThat(this.texts.sms(report, WEEK, RU, CYRILLIC, false, HINT)).isEqualTo("""
				Лев (1А) 23.11-27.11
				Пропуски: 2 ур.""");
	}

	@Test
	void putsAttendanceRemarksAndWeakSubjectsFirstInTheSms() {
		StudentReport report = report(List.of(subject("Алгебра", null, "5", "5"), subject("Физика", null, "2", "3")),
				new StudentReport.Attendance(2, 1, 1, 0, 1), null,
				List.of(new StudentReport.Note("praise", LocalDate.of(2026, 11, 24), "помог однокласснику"),
						new StudentReport.Note("remark", LocalDate.of(2026, 11, 25), "без сменной обуви")));

		assertThat(this.texts.sms(report, WEEK, RU, CYRILLIC, false, HINT)).isEqualTo("""
				Пётр (5А) 23.11-27.11
				Пропуски: 2 ур., 1 дн. По уваж. причине: 1 ур. Опозданий: 1.
				Замечание 25.11: без сменной обуви
				Физика: 2 3 (ср. 2,5)
				Алгебра: 5 5 (ср. 5,0)
				Похвала 24.11: помог однокласснику""");
	}

	@Test
	void keepsALargeReportWithinThreeSegmentsAndSaysWhereTheRestIs() {
		List<StudentReport.Subject> subjects = new ArrayList<>();
		for (String name : List.of("Алгебра", "Геометрия", "Русский язык", "Литература", "История", "Физика", "Химия",
				"Биология", "География", "Английский язык", "Информатика", "Обществознание")) {
			subjects.add(subject(name, null, "5", "4", "3", "5", "4", "5", "4", "3"));
		}
		StudentReport report = report(subjects, new StudentReport.Attendance(7, 2, 3, 1, 2), null,
				List.of(new StudentReport.Note("remark", LocalDate.of(2026, 11, 25), "опоздал на контрольную")));

		String sms = this.texts.sms(report, WEEK, RU, CYRILLIC, false, HINT);

		assertThat(SmsText.measure(sms).segments()).isLessThanOrEqualTo(3);
		assertThat(sms).startsWith("""
				Пётр (5А) 23.11-27.11
				Пропуски: 7 ур., 2 дн. По уваж. причине: 3 ур., 1 дн. Опозданий: 2.
				Замечание 25.11: опоздал на контрольную
				""").endsWith("\n" + HINT);
		assertThat(sms.lines().filter((line) -> line.matches("[А-Яа-я ]+ \\d,\\d+")).count()).isBetween(2L, 11L);
		assertThat(SmsText
			.measure(this.texts.sms(report, WEEK, RU, new SmsForms.Form(true, 3), false, "Podrobnee: otvet'te OTCHET"))
			.encoding()
			.name()).isEqualTo("GSM7");
	}

	@Test
	void splitsATelegramReportLongerThanAMessageAtLineEndsLosingNothing() {
		List<StudentReport.Note> notes = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			notes.add(new StudentReport.Note("remark", LocalDate.of(2026, 11, 25), "замечание ".repeat(10) + i));
		}
		String telegram = this.texts.telegram(report(List.of(), StudentReport.Attendance.NONE, null, notes), WEEK, RU,
				false);

		List<String> parts = ReportTexts.parts(telegram);

		assertThat(parts).hasSizeGreaterThan(1)
			.allSatisfy((part) -> assertThat(ChatText.length(part)).isLessThanOrEqualTo(ChatText.TELEGRAM_LIMIT));
		assertThat(String.join("\n", parts)).isEqualTo(telegram);
		assertThat(telegram.lines().filter((line) -> line.startsWith("❗")).count()).isEqualTo(60);
	}

	private static StudentReport report(List<StudentReport.Subject> subjects, StudentReport.Attendance attendance,
			StudentReport.Attendance before, List<StudentReport.Note> notes) {
		return new StudentReport(new StudentId(1), "Пётр", "5А", new ClassId(1), false, subjects, attendance, before,
				notes, List.of());
	}

	private static StudentReport.Subject subject(String name, BigDecimal before, String... marks) {
		List<Mark> parsed = new ArrayList<>();
		for (String mark : marks) {
			parsed.add(Mark.parse(mark).orElseThrow());
		}
		return new StudentReport.Subject(name, parsed, before);
	}

}
