package org.classbell.store.staff;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.store.Actor;
import org.classbell.store.Match;
import org.classbell.store.imports.Counts;
import org.classbell.store.imports.ImportProblem;
import org.classbell.store.imports.Problem;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;
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
class StaffImportIntegrationTest {

	static final String[] STAFF = { //
			"Соколова,Елена,Викторовна,teacher,5А,5А:Алгебра;5А:Геометрия;6Б:Алгебра",
			"Орлов,Дмитрий,,teacher,,5А:Английский язык;5Б:английский язык", "Белова,Ирина,Петровна,admin,,", };

	@Autowired
	StaffImport staffImport;

	@Autowired
	StaffMembers staff;

	@Autowired
	Schools schools;

	@Autowired
	JdbcClient jdbc;

	School school;

	@BeforeEach
	void school() {
		this.school = this.schools.ensure("Школа №1", ZoneId.of("Europe/Moscow"));
	}

	@Test
	void importsStaffClassTeachersAndWhatTheyTeach() {
		StaffSummary summary = applied(STAFF);

		assertThat(summary.staff()).isEqualTo(new Counts(3, 0, 0, 0));
		assertThat(summary.classesCreated()).isEqualTo(3);
		assertThat(summary.subjectsCreated()).as("one subject however it is capitalised").isEqualTo(3);
		assertThat(summary.classTeachers()).isEqualTo(1);
		assertThat(summary.assignmentsAdded()).isEqualTo(5);
		assertThat(this.jdbc.sql("""
				select c.name || ':' || s.name || ':' || st.last_name from teaching_assignment ta
				join school_class c on c.id = ta.class_id join subject s on s.id = ta.subject_id
				join staff st on st.id = ta.staff_id order by 1
				""").query(String.class).list()).containsExactly("5А:Алгебра:Соколова", "5А:Английский язык:Орлов",
				"5А:Геометрия:Соколова", "5Б:Английский язык:Орлов", "6Б:Алгебра:Соколова");
		assertThat(this.jdbc.sql("""
				select c.name || ':' || st.last_name from class_teacher ct
				join school_class c on c.id = ct.class_id join staff st on st.id = ct.staff_id
				""").query(String.class).list()).containsExactly("5А:Соколова");
		assertThat(this.staff.all(this.school.id())).extracting((m) -> m.name().last(), StaffMember::role)
			.containsExactly(tuple("Белова", Role.ADMIN), tuple("Орлов", Role.TEACHER),
					tuple("Соколова", Role.TEACHER));
	}

	@Test
	void changesNothingWhenTheSameFileIsImportedAgain() {
		applied(STAFF);

		StaffSummary again = applied(STAFF);

		assertThat(again.staff()).isEqualTo(new Counts(0, 0, 3, 0));
		assertThat(again.classTeachers()).isZero();
		assertThat(again.assignmentsAdded()).isZero();
		assertThat(again.assignmentsRemoved()).isZero();
	}

	@Test
	void deactivatesStaffLeftOutAndReplacesAssignments() {
		applied(STAFF);

		StaffSummary again = applied("Соколова,Елена,Викторовна,teacher,5Б,5А:Алгебра", STAFF[2]);

		assertThat(again.staff()).isEqualTo(new Counts(0, 0, 2, 1));
		assertThat(again.assignmentsRemoved()).isEqualTo(4);
		assertThat(again.classTeachers()).isEqualTo(1);
		assertThat(this.staff.match(this.school.id(), "Орлов Дмитрий")).isInstanceOf(Match.NotFound.class);
		assertThat(this.jdbc.sql("""
				select c.name from class_teacher ct join school_class c on c.id = ct.class_id
				""").query(String.class).list()).containsExactly("5Б");
	}

	@Test
	void findsStaffByLastAndFirstName() {
		applied(STAFF);

		assertThat(this.staff.match(this.school.id(), "соколова елена").found()).map((m) -> m.name().full())
			.contains("Соколова Елена Викторовна");
		assertThat(this.staff.match(this.school.id(), "Соколова Анна")).isInstanceOf(Match.NotFound.class)
			.extracting(Match::candidates, org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.hasSize(1);
	}

	@Test
	void reportsEveryBadLineAndImportsNothing() {
		List<ImportProblem> problems = rejected("Соколова,,,teacher,5А,5А:Алгебра",
				"Орлов,Дмитрий,,boss,5Ж Ж,5А-Алгебра", "Белова,Ирина,,admin,5А,", "Белова,Ирина,,teacher,,");

		assertThat(problems).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::problem)
			.containsExactly(tuple(2L, "first_name", Problem.REQUIRED), tuple(3L, "role", Problem.BAD_ROLE),
					tuple(3L, "class_teacher_of", Problem.BAD_CLASS), tuple(3L, "teaches", Problem.BAD_TEACHES),
					tuple(5L, "last_name", Problem.DUPLICATE_PERSON));
		assertThat(this.jdbc.sql("select count(*) from staff").query(Long.class).single()).isZero();
	}

	@Test
	void refusesTwoClassTeachersForOneClass() {
		List<ImportProblem> problems = rejected(STAFF[0], "Орлов,Дмитрий,,teacher,5 а,");

		assertThat(problems).extracting(ImportProblem::problem).containsExactly(Problem.DUPLICATE_CLASS_TEACHER);
	}

	private StaffSummary applied(String... rows) {
		return Outcomes.applied(this.staffImport.apply(this.school.id(), Lines.staff(rows), Actor.adminApi()));
	}

	private List<ImportProblem> rejected(String... rows) {
		return Outcomes.rejected(this.staffImport.apply(this.school.id(), Lines.staff(rows), Actor.adminApi()));
	}

}
