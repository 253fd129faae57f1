package org.classbell.store.roster;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.classbell.store.Actor;
import org.classbell.store.ClassId;
import org.classbell.store.Match;
import org.classbell.store.imports.ImportOutcome;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;
import org.classbell.store.testing.DatabaseTest;
import org.classbell.store.testing.Lines;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@DatabaseTest
class NameMatchingIntegrationTest {

	@Autowired
	Classes classes;

	@Autowired
	Students students;

	@Autowired
	RosterImport rosterImport;

	@Autowired
	Schools schools;

	School school;

	ClassId fiveA;

	@BeforeEach
	void roster() {
		this.school = this.schools.ensure("Школа №1", ZoneId.of("Europe/Moscow"));
		var outcome = this.rosterImport.apply(this.school, Lines.roster( //
				"5А,1,Алексеев,Борис,,,,,", //
				"5А,2,Ёлкина,Вера,,,,,", //
				"5А,3,Иванов,Пётр,Сергеевич,,,,", //
				"5А,4,Иванов,Павел,Андреевич,,,,", //
				"5А,5,Иванова,Анна,,,,,", //
				"5А,6,Смирнов,Олег,,,,,", //
				"5А,7,Петров-Водкин,Кузьма,,,,,", //
				"5Б,1,Смирнова,Дарья,,,,,", //
				"5В,1,Сидоров,Иван,,,,,", //
				"6А,1,Кузнецов,Егор,,,,,"), Actor.adminApi());
		assertThat(outcome).isInstanceOf(ImportOutcome.Applied.class);
		this.fiveA = this.classes.match(this.school.id(), "5А").found().orElseThrow().id();
	}

	@ParameterizedTest
	@ValueSource(strings = { "5А", "5а", "5a", "5A", "5 А", "5 a", "5-а" })
	void findsAClassHoweverItsNameIsTyped(String typed) {
		assertThat(this.classes.match(this.school.id(), typed).found()).map(SchoolClass::name).contains("5А");
	}

	@Test
	void findsTheOnlyClassOfAGrade() {
		assertThat(this.classes.match(this.school.id(), "6").found()).map(SchoolClass::name).contains("6А");
	}

	@Test
	void offersEveryClassOfAGradeWhenSeveralFit() {
		Match<SchoolClass> match = this.classes.match(this.school.id(), "5");

		assertThat(match).isInstanceOf(Match.Ambiguous.class);
		assertThat(match.candidates()).extracting(SchoolClass::name).containsExactly("5А", "5Б", "5В");
	}

	@Test
	void offersTheClassesOfTheGradeForAnUnknownClass() {
		Match<SchoolClass> match = this.classes.match(this.school.id(), "5Г");

		assertThat(match).isInstanceOf(Match.NotFound.class);
		assertThat(match.candidates()).extracting(SchoolClass::name).containsExactly("5А", "5Б", "5В");
	}

	@Test
	void doesNotFindClassesOfAnotherSchool() {
		School other = this.schools.ensure("Школа №2", ZoneId.of("Europe/Moscow"));

		assertThat(this.classes.match(other.id(), "5А")).isInstanceOf(Match.NotFound.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Алексеев", "алексеев", "АЛЕКСЕЕВ", "Алекс", "ал", "1", "Алексеев Б", "Алексеев Б.",
			"Алексеев Борис" })
	void findsAStudentBySurnameInAnyCasePrefixInitialOrNumber(String typed) {
		assertThat(studentOf(typed)).isEqualTo("Алексеев Борис");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Елкина", "Ёлкина", "ёлкина", "ЕЛКИНА В" })
	void treatsYoAsYe(String typed) {
		assertThat(studentOf(typed)).isEqualTo("Ёлкина Вера");
	}

	@Test
	void prefersTheWholeSurnameOverLongerOnesItBegins() {
		Match<StudentCard> match = this.students.match(List.of(this.fiveA), ref("Смирнов"));

		assertThat(match.found()).map(StudentCard::shortName).contains("Смирнов Олег");
	}

	@Test
	void offersEveryStudentWithTheSurnameWhenItIsAmbiguous() {
		Match<StudentCard> match = this.students.match(List.of(this.fiveA), ref("Иванов"));

		assertThat(match).isInstanceOf(Match.Ambiguous.class);
		assertThat(match.candidates()).extracting(StudentCard::fullName, StudentCard::listNo)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Иванов Пётр Сергеевич", 3),
					org.assertj.core.groups.Tuple.tuple("Иванов Павел Андреевич", 4));
	}

	@Test
	void resolvesAnAmbiguousSurnameByInitials() {
		assertThat(studentOf("Иванов П.С.")).isEqualTo("Иванов Пётр");
		assertThat(studentOf("Иванов Пав")).isEqualTo("Иванов Павел");
		assertThat(this.students.match(List.of(this.fiveA), ref("Иванов П"))).isInstanceOf(Match.Ambiguous.class);
	}

	@Test
	void fallsBackToLongerSurnamesWhenInitialsRuleOutTheExactOne() {
		assertThat(studentOf("Иванов А")).isEqualTo("Иванова Анна");
	}

	@Test
	void findsHyphenatedSurnames() {
		assertThat(studentOf("петров-водкин")).isEqualTo("Петров-Водкин Кузьма");
		assertThat(studentOf("Петров")).isEqualTo("Петров-Водкин Кузьма");
	}

	@Test
	void offersTheNearestStudentsForAnUnknownName() {
		Match<StudentCard> match = this.students.match(List.of(this.fiveA), ref("Смрнов"));

		assertThat(match).isInstanceOf(Match.NotFound.class);
		assertThat(match.candidates()).extracting(StudentCard::shortName).first().isEqualTo("Смирнов Олег");
	}

	@Test
	void looksOnlyInTheClassesGiven() {
		assertThat(this.students.match(List.of(this.fiveA), ref("Сидоров"))).isInstanceOf(Match.NotFound.class);
		assertThat(this.students.match(List.of(this.fiveA), ref("12"))).isInstanceOf(Match.NotFound.class);
	}

	@Test
	void searchesSeveralClassesAtOnce() {
		ClassId fiveB = this.classes.match(this.school.id(), "5Б").found().orElseThrow().id();

		Match<StudentCard> match = this.students.match(List.of(this.fiveA, fiveB), ref("Смирнова"));

		assertThat(match.found()).map(StudentCard::className).contains("5Б");
		assertThat(this.students.match(List.of(this.fiveA, fiveB), ref("1"))).isInstanceOf(Match.Ambiguous.class);
	}

	@Test
	void neverFindsInactiveStudents() {
		this.rosterImport.apply(this.school, Lines.roster("5А,2,Ёлкина,Вера,,,,,"), Actor.adminApi());

		assertThat(this.students.match(List.of(this.fiveA), ref("Алексеев"))).isInstanceOf(Match.NotFound.class);
		assertThat(this.students.ofClass(this.fiveA)).extracting(StudentCard::shortName).containsExactly("Ёлкина Вера");
	}

	private String studentOf(String typed) {
		return this.students.match(List.of(this.fiveA), ref(typed)).found().map(StudentCard::shortName).orElse(null);
	}

	private static StudentRef ref(String typed) {
		return StudentRef.parse(typed).orElseThrow();
	}

}
