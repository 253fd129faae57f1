package org.classbell.store.journal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.store.StudentId;
import org.classbell.store.staff.StaffMember;
import org.classbell.store.testing.DatabaseTest;
import org.classbell.store.testing.PreparedSchool;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A class's journal read as facts for the export: what the journal holds now, in the
 * order a clerk reads it, with who recorded each fact.
 */
@SpringBootTest
@DatabaseTest
class JournalFactsIntegrationTest {

	static final LocalDate MONDAY = LocalDate.parse("2026-11-23");

	static final LocalDate TUESDAY = LocalDate.parse("2026-11-24");

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Journal journal;

	@Autowired
	JournalEntries entries;

	@Autowired
	JournalFacts facts;

	@Autowired
	TransactionTemplate transactions;

	PreparedSchool school;

	@BeforeEach
	void prepare() {
		this.school = new PreparedSchool(this.context);
	}

	@Test
	void readsAClassesFactsByDayLessonAndRegisterNumberWithWhoRecordedThem() {
		StaffMember sokolova = this.school.teacher("Соколова Елена");
		write(() -> this.journal.marks(sokolova, this.school.subject("Алгебра"),
				List.of(marked("Петрова", "Анна", "5"), marked("Алексеев", "Борис", "4-")), MONDAY, 1, at(MONDAY)));
		write(() -> this.journal.attendance(sokolova, AttendanceStatus.ABSENT, List.of(student("Иванов", "Пётр")),
				MONDAY, new Lessons(List.of(2)), at(MONDAY)));
		write(() -> this.journal.attendance(sokolova, AttendanceStatus.LATE, List.of(student("Иванов", "Павел")),
				MONDAY, new Lessons(List.of(1)), at(MONDAY)));
		write(() -> this.journal.homework(sokolova, this.school.schoolClass("5А"), this.school.subject("Алгебра"),
				"№ 125, 126", MONDAY, LocalDate.parse("2026-11-25"), at(MONDAY)));
		write(() -> this.journal.attendance(sokolova, AttendanceStatus.ABSENT, List.of(student("Алексеев", "Борис")),
				TUESDAY, Lessons.WHOLE_DAY, at(TUESDAY)));
		write(() -> this.journal.excuse(sokolova, student("Алексеев", "Борис"), TUESDAY, "болезнь", at(TUESDAY)));
		this.jdbc.sql("""
				insert into homework (class_id, subgroup_id, subject_id, assigned_on, text, recorded_at)
				values (?, ?, ?, ?, 'Unit 5, ex. 3', now())
				""")
			.params(this.school.schoolClass("5А").value(), this.school.subgroup("5А", "1"),
					this.school.subject("Английский язык").value(), TUESDAY)
			.update();

		assertThat(facts(MONDAY, TUESDAY)).containsExactly(
				"2026-11-23 #1 mark 1 Алексеев Борис | Алгебра | Соколова Елена Викторовна | 4- |  |  | ",
				"2026-11-23 #1 late 3 Иванов Павел |  | Соколова Елена Викторовна |  |  |  | ",
				"2026-11-23 #1 mark 4 Петрова Анна | Алгебра | Соколова Елена Викторовна | 5 |  |  | ",
				"2026-11-23 #2 absent 2 Иванов Пётр |  | Соколова Елена Викторовна |  |  |  | ",
				"2026-11-23 # homework   | Алгебра | Соколова Елена Викторовна | № 125, 126 | 2026-11-25 |  | ",
				"2026-11-24 # excused 1 Алексеев Борис |  | Соколова Елена Викторовна |  |  |  | болезнь",
				"2026-11-24 # homework   | Английский язык |  | Unit 5, ex. 3 |  | 1 | ");
	}

	@Test
	void leavesOutWhatWasUndoneOtherClassesAndOtherDays() {
		StaffMember orlov = this.school.teacher("Орлов Дмитрий");
		StaffMember sokolova = this.school.teacher("Соколова Елена");
		write(() -> this.journal.marks(sokolova, this.school.subject("Алгебра"), List.of(marked("Иванов", "Пётр", "3")),
				MONDAY, null, at(MONDAY)));
		write(() -> this.journal.marks(orlov, this.school.subject("Английский язык"),
				List.of(marked("Иванов", "Пётр", "2")), MONDAY, 3, at(MONDAY)));
		write(() -> this.entries.undoLast(orlov.id(), at(MONDAY).plusSeconds(60), Duration.ofMinutes(15)));
		write(() -> this.journal.marks(orlov, this.school.subject("Английский язык"),
				List.of(marked("Иванова", "Ольга", "5")), MONDAY, 2, at(MONDAY)));
		write(() -> this.journal.marks(sokolova, this.school.subject("Алгебра"),
				List.of(marked("Петрова", "Анна", "5")), MONDAY.minusDays(3), null, at(MONDAY.minusDays(3))));

		assertThat(facts(MONDAY, TUESDAY))
			.containsExactly("2026-11-23 # mark 2 Иванов Пётр | Алгебра | Соколова Елена Викторовна | 3 |  |  | ");
	}

	@Test
	void findsTheClassesWithAnyFactOfTheDay() {
		StaffMember sokolova = this.school.teacher("Соколова Елена");
		write(() -> this.journal.attendance(sokolova, AttendanceStatus.LATE, List.of(student("Иванова", "Ольга")),
				MONDAY, new Lessons(List.of(1)), at(MONDAY)));
		write(() -> this.journal.homework(sokolova, this.school.schoolClass("1А"), this.school.subject("Математика"),
				"стр. 12", MONDAY, null, at(MONDAY)));
		write(() -> this.journal.marks(sokolova, this.school.subject("Алгебра"),
				List.of(marked("Петрова", "Анна", "5")), TUESDAY, null, at(TUESDAY)));

		assertThat(this.facts.classesWithFacts(this.school.school.id(), MONDAY))
			.containsExactly(this.school.schoolClass("1А"), this.school.schoolClass("6Б"));
		assertThat(this.facts.classesWithFacts(this.school.school.id(), TUESDAY))
			.containsExactly(this.school.schoolClass("5А"));
		assertThat(this.facts.classesWithFacts(this.school.school.id(), TUESDAY.plusDays(1))).isEmpty();
	}

	private List<String> facts(LocalDate from, LocalDate to) {
		List<String> read = new ArrayList<>();
		this.facts.ofClass(this.school.schoolClass("5А"), from, to, (fact) -> read.add(fact.day() + " #"
				+ Objects.toString(fact.lesson(), "") + " " + fact.kind().code() + " "
				+ Objects.toString(fact.listNo(), "") + " " + Objects.toString(fact.student(), "")
				+ Stream.of(fact.subject(), fact.teacher(), fact.value(), fact.due(), fact.subgroup(), fact.comment())
					.map((value) -> Objects.toString(value, ""))
					.collect(Collectors.joining(" | ", " | ", ""))));
		return read;
	}

	private void write(Runnable entry) {
		this.transactions.executeWithoutResult((status) -> entry.run());
	}

	private Journal.Marked marked(String lastName, String firstName, String mark) {
		return new Journal.Marked(student(lastName, firstName), Mark.parse(mark).orElseThrow());
	}

	private StudentId student(String lastName, String firstName) {
		return this.school.student(lastName, firstName);
	}

	private static Instant at(LocalDate day) {
		return day.atTime(9, 0).atZone(java.time.ZoneId.of("Europe/Moscow")).toInstant();
	}

}
