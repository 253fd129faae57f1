package org.classbell.store.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.store.journal.AttendanceStatus;
import org.classbell.store.journal.Lessons;
import org.classbell.store.testing.DatabaseTest;
import org.classbell.store.testing.MutableClock;
import org.classbell.store.testing.PreparedSchool;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The teachers' report on a prepared fortnight. The clock stands at Wednesday 25 November
 * 2026, 09:30 in Moscow: lessons 1 (08:30) and 2 (09:25) of the day have begun, lesson 3
 * (10:20) has not.
 */
@SpringBootTest
@DatabaseTest
class JournalUpkeepIntegrationTest {

	static final DayRange FORTNIGHT = new DayRange(LocalDate.parse("2026-11-12"), LocalDate.parse("2026-11-25"));

	@Autowired
	JournalUpkeep upkeep;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	PreparedSchool school;

	@BeforeEach
	void prepare() {
		this.clock.reset();
		this.school = new PreparedSchool(this.context);
	}

	@Test
	void listsEveryTeacherAndClassWithTheirLessonsAndNoneTakenYet() {
		assertThat(rows()).containsExactly("Кузнецова Анна | 5А | [Английский язык] | never | 2 lessons, 2 missed",
				"Орлов Дмитрий | 5А | [Английский язык] | never | 3 lessons, 3 missed",
				"Орлов Дмитрий | 6Б | [Английский язык] | never | 2 lessons, 2 missed",
				"Соколова Елена Викторовна | 1А (attendance only) | [Математика] | never | 2 lessons, 2 missed",
				"Соколова Елена Викторовна | 5А | [Алгебра, Геометрия] | never | 6 lessons, 6 missed");
	}

	@Test
	void countsDaysSinceTheLastMarkInTheSchoolsTimeZone() {
		this.school.mark("Соколова Елена", "Алгебра", this.school.student("Алексеев", "Борис"), "2026-11-10T09:00:00Z");
		this.school.mark("Соколова Елена", "Геометрия", this.school.student("Петрова", "Анна"), "2026-11-20T15:00:00Z");
		this.school.mark("Орлов Дмитрий", "Английский язык", this.school.student("Иванова", "Ольга"),
				"2026-11-23T21:30:00Z");
		this.school.mark("Кузнецова Анна", "Английский язык", this.school.student("Иванов", "Павел"),
				"2026-11-25T06:00:00Z");

		assertThat(rows()).containsExactly(
				"Кузнецова Анна | 5А | [Английский язык] | 2026-11-25, 0 days | 2 lessons, 2 missed",
				"Орлов Дмитрий | 5А | [Английский язык] | never | 3 lessons, 3 missed",
				"Орлов Дмитрий | 6Б | [Английский язык] | 2026-11-24, 1 days | 2 lessons, 2 missed",
				"Соколова Елена Викторовна | 1А (attendance only) | [Математика] | never | 2 lessons, 2 missed",
				"Соколова Елена Викторовна | 5А | [Алгебра, Геометрия] | 2026-11-20, 5 days | 6 lessons, 6 missed");

		this.clock.set(Instant.parse("2026-11-27T21:00:00Z"));

		assertThat(this.upkeep.of(this.school.school, FORTNIGHT, this.clock.instant()))
			.extracting(TeacherClass::daysSinceLastMark)
			.containsExactly(3, null, 4, null, 8);
	}

	@Test
	void countsLessonsWithNoAttendanceTakenBySubgroup() {
		var alekseev = this.school.student("Алексеев", "Борис");
		this.school.rollCall("Соколова Елена", "5А", null, "2026-11-23", 1);
		this.school.attendance("Соколова Елена", AttendanceStatus.ABSENT, alekseev, "2026-11-25",
				new Lessons(List.of(1, 2)));
		this.school.attendance("Соколова Елена", AttendanceStatus.ABSENT, this.school.student("Иванов", "Пётр"),
				"2026-11-18", Lessons.WHOLE_DAY);
		this.school.rollCall("Соколова Елена", "1А", null, "2026-11-19", 1);
		this.school.attendance("Орлов Дмитрий", AttendanceStatus.LATE, this.school.student("Иванова", "Ольга"),
				"2026-11-17", new Lessons(List.of(2)));
		this.school.attendance("Орлов Дмитрий", AttendanceStatus.ABSENT, alekseev, "2026-11-17",
				new Lessons(List.of(3)));
		this.school.rollCall("Кузнецова Анна", "5А", this.school.subgroup("5А", "2"), "2026-11-24", 3);
		this.school.rollCall("Соколова Елена", "5А", null, "2026-11-18", 3);

		assertThat(rows()).containsExactly("Кузнецова Анна | 5А | [Английский язык] | never | 2 lessons, 1 missed",
				"Орлов Дмитрий | 5А | [Английский язык] | never | 3 lessons, 1 missed",
				"Орлов Дмитрий | 6Б | [Английский язык] | never | 2 lessons, 1 missed",
				"Соколова Елена Викторовна | 1А (attendance only) | [Математика] | never | 2 lessons, 1 missed",
				"Соколова Елена Викторовна | 5А | [Алгебра, Геометрия] | never | 6 lessons, 3 missed");
	}

	@Test
	void countsOnlyTheLessonsOfThePeriodThatHaveBegun() {
		assertThat(lessonsAt("2026-11-25T05:00:00Z", FORTNIGHT)).containsExactly("5А 2", "5А 3", "6Б 2", "1А 2",
				"5А 4");
		assertThat(lessonsAt("2026-11-25T07:19:59Z", FORTNIGHT)).containsExactly("5А 2", "5А 3", "6Б 2", "1А 2",
				"5А 6");
		assertThat(lessonsAt("2026-11-25T07:20:00Z", FORTNIGHT)).containsExactly("5А 2", "5А 4", "6Б 2", "1А 2",
				"5А 6");
		assertThat(lessonsAt("2026-11-25T07:20:00Z",
				new DayRange(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-29"))))
			.containsExactly("5А 1", "5А 2", "6Б 1", "1А 0", "5А 3");
	}

	private List<String> lessonsAt(String now, DayRange period) {
		return this.upkeep.of(this.school.school, period, Instant.parse(now))
			.stream()
			.map((row) -> row.className() + " " + row.lessons())
			.toList();
	}

	private List<String> rows() {
		return this.upkeep.of(this.school.school, FORTNIGHT, this.clock.instant())
			.stream()
			.map((row) -> row.teacher().full() + " | " + row.className()
					+ (row.attendanceOnly() ? " (attendance only)" : "") + " | " + row.subjects() + " | "
					+ ((row.lastMark() != null) ? row.lastMark() + ", " + row.daysSinceLastMark() + " days" : "never")
					+ " | " + row.lessons() + " lessons, " + row.lessonsWithoutAttendance() + " missed")
			.toList();
	}

}
