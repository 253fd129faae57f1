package org.classbell.store.timetable;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.store.Actor;
import org.classbell.store.imports.ImportProblem;
import org.classbell.store.imports.Problem;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;
import org.classbell.store.staff.StaffImport;
import org.classbell.store.testing.DatabaseTest;
import org.classbell.store.testing.Lines;
import org.classbell.store.testing.Outcomes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

@SpringBootTest
@DatabaseTest
class TimetableImportIntegrationTest {

	static final String[] TIMETABLE = { //
			"5А,,1,1,08:30,Алгебра,Соколова Елена", //
			"5А,,1,2,9:25,Геометрия,Соколова Елена", //
			"5А,1,1,3,10:20,Английский язык,Орлов Дмитрий", //
			"5А,2,1,3,10:20,Английский язык,Белова Ирина", //
			"5Б,,2,1,08:30,Английский язык,орлов дмитрий" };

	@Autowired
	TimetableImport timetableImport;

	@Autowired
	StaffImport staffImport;

	@Autowired
	Schools schools;

	@Autowired
	JdbcClient jdbc;

	School school;

	@BeforeEach
	void staff() {
		this.school = this.schools.ensure("Школа №1", ZoneId.of("Europe/Moscow"));
		this.staffImport.apply(this.school.id(),
				Lines.staff("Соколова,Елена,Викторовна,teacher,5А,5А:Алгебра", "Орлов,Дмитрий,,teacher,,",
						"Белова,Ирина,,teacher,,", "Белов,Иван,,teacher,,", "Белов,Иван,Петрович,teacher,,"),
				Actor.adminApi());
	}

	@Test
	void importsTheWeeklyTimetableWithSubgroups() {
		TimetableSummary summary = applied(TIMETABLE);

		assertThat(summary).isEqualTo(new TimetableSummary(5, 5, 5, 0, 0));
		assertThat(this.jdbc.sql("""
				select c.name || coalesce('/' || g.name, '') || ' d' || t.weekday || ' #' || t.lesson_no || ' '
				       || to_char(t.starts_at, 'HH24:MI') || ' ' || s.name || ' ' || st.last_name
				from timetable_lesson t join school_class c on c.id = t.class_id
				left join subgroup g on g.id = t.subgroup_id join subject s on s.id = t.subject_id
				join staff st on st.id = t.staff_id order by 1
				""").query(String.class).list()).containsExactly("5А d1 #1 08:30 Алгебра Соколова",
				"5А d1 #2 09:25 Геометрия Соколова", "5А/1 d1 #3 10:20 Английский язык Орлов",
				"5А/2 d1 #3 10:20 Английский язык Белова", "5Б d2 #1 08:30 Английский язык Орлов");
	}

	@Test
	void changesOnlyWhatChangedWhenImportedAgain() {
		applied(TIMETABLE);

		TimetableSummary again = applied(TIMETABLE[0], TIMETABLE[1].replace("9:25", "9:30"), TIMETABLE[2],
				TIMETABLE[3]);

		assertThat(again).isEqualTo(new TimetableSummary(4, 4, 0, 1, 1));
		assertThat(applied(TIMETABLE[0], TIMETABLE[1].replace("9:25", "9:30"), TIMETABLE[2], TIMETABLE[3]))
			.isEqualTo(new TimetableSummary(4, 4, 0, 0, 0));
	}

	@Test
	void reportsEveryBadLineAndChangesNothing() {
		applied(TIMETABLE);

		List<ImportProblem> problems = rejected("5А,,8,1,08:30,Алгебра,Соколова Елена",
				"5А,,1,13,8.30,Алгебра,Соколова Елена", "5А,,1,2,09:25,,Петров Пётр",
				"5А,,1,4,11:15,Алгебра,Белов Иван", "5А,,1,1,08:30,Геометрия,Соколова Елена",
				"5А,1,1,1,08:30,Английский язык,Орлов Дмитрий");

		assertThat(problems).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::problem)
			.containsExactly(tuple(2L, "weekday", Problem.BAD_NUMBER), tuple(3L, "lesson_no", Problem.BAD_NUMBER),
					tuple(3L, "starts_at", Problem.BAD_TIME), tuple(4L, "subject", Problem.REQUIRED),
					tuple(4L, "teacher", Problem.UNKNOWN_TEACHER), tuple(5L, "teacher", Problem.AMBIGUOUS_TEACHER),
					tuple(7L, "lesson_no", Problem.DUPLICATE_LESSON));
		assertThat(this.jdbc.sql("select count(*) from timetable_lesson").query(Long.class).single()).isEqualTo(5);
	}

	private TimetableSummary applied(String... rows) {
		return Outcomes.applied(this.timetableImport.apply(this.school.id(), Lines.timetable(rows), Actor.adminApi()));
	}

	private List<ImportProblem> rejected(String... rows) {
		return Outcomes.rejected(this.timetableImport.apply(this.school.id(), Lines.timetable(rows), Actor.adminApi()));
	}

}
