package org.classbell.store.roster;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.store.Actor;
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
import static org.classbell.store.roster.RosterImportIntegrationTest.ROSTER;

/**
 * A roster file with bad lines imports nothing, and its answer names every problem with
 * its line and column.
 */
@SpringBootTest
@DatabaseTest
class RosterProblemsIntegrationTest {

	@Autowired
	RosterImport rosterImport;

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
	void importsNothingFromAFileWithBadLinesAndReportsEveryOne() {
		List<ImportProblem> problems = rejected(Lines.roster(ROSTER[0], "Ю5,x,,Анна,,,,,", ROSTER[2],
				"5А,4,Сидоров,Иван,,Сидорова Анна,12345,fr,maybe", "5А,5,Кузнецов,Олег,,,+79123456780,,"));

		assertThat(problems).extracting("line", "column", "problem")
			.containsExactly(tuple(3L, "class", Problem.BAD_CLASS), tuple(3L, "list_no", Problem.BAD_NUMBER),
					tuple(3L, "last_name", Problem.REQUIRED), tuple(5L, "guardian_phone", Problem.BAD_PHONE),
					tuple(5L, "guardian_language", Problem.BAD_LANGUAGE), tuple(5L, "consent", Problem.BAD_CONSENT),
					tuple(6L, "guardian_name", Problem.GUARDIAN_INCOMPLETE));
		assertThat(this.jdbc.sql("select count(*) from student").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from school_class").query(Long.class).single()).isZero();
	}

	@Test
	void refusesTwoStudentsWithOneRegisterNumber() {
		List<ImportProblem> problems = rejected(Lines.roster(ROSTER[0], "5А,1,Сидоров,Иван,,,,,"));

		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.line()).isEqualTo(3);
			assertThat(problem.problem()).isEqualTo(Problem.DUPLICATE_LIST_NO);
			assertThat(problem.details()).isEqualTo(Map.of("otherLine", 2L));
		});
	}

	@Test
	void refusesOneStudentWithTwoRegisterNumbers() {
		List<ImportProblem> problems = rejected(Lines.roster(ROSTER[0], "5А,7,Иванов,Пётр,Сергеевич,,,,"));

		assertThat(problems).extracting(ImportProblem::problem).containsExactly(Problem.CONFLICTING_LIST_NO);
	}

	@Test
	void refusesOnePhoneForTwoDifferentGuardians() {
		List<ImportProblem> problems = rejected(
				Lines.roster(ROSTER[0], "5А,2,Петрова,Анна,,Петрова Ирина,+79123456789,ru,yes"));

		assertThat(problems).extracting(ImportProblem::line, ImportProblem::problem)
			.containsExactly(tuple(3L, Problem.CONFLICTING_GUARDIAN));
	}

	private List<ImportProblem> rejected(List<RosterLine> lines) {
		return Outcomes.rejected(this.rosterImport.apply(this.school, lines, Actor.adminApi()));
	}

}
