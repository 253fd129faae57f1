package org.classbell.bot.command;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.classbell.store.journal.Lessons;

import static org.assertj.core.api.Assertions.assertThat;

class ArgumentsTest {

	@Test
	void readsClassLessonsAndStudents() {
		Arguments arguments = Arguments.of("5А @3-4 Иванов П.С. Петрова, 12");

		assertThat(arguments.takeClass()).contains("5А");
		assertThat(arguments.takeLessons()).contains(Lessons.range(3, 4));
		assertThat(arguments.takeStudents()).containsExactly("Иванов П.С.", "Петрова", "12");
	}

	@Test
	void takesLessonsWrittenAnywhereAndTheWholeDayWithoutThem() {
		Arguments lesson = Arguments.of("Иванов @ 2");
		assertThat(lesson.takeLessons()).contains(new Lessons(List.of(2)));
		assertThat(lesson.takeStudents()).containsExactly("Иванов");

		assertThat(Arguments.of("Иванов").takeLessons()).contains(Lessons.WHOLE_DAY);
		assertThat(Arguments.of("@13 Иванов").takeLessons()).isEmpty();
	}

	@Test
	void takesAClassOnlyWhenTheFirstWordIsOne() {
		assertThat(Arguments.of("Иванов 5А").takeClass()).isEmpty();
		assertThat(Arguments.of("12 Иванов").takeClass()).as("a register number is no class").isEmpty();
		assertThat(Arguments.of("11-б Иванов").takeClass()).contains("11-б");
	}

	@Test
	void keepsInitialsWithTheirSurnameButNotShortSurnames() {
		assertThat(Arguments.of("Ли Иванов П Ким").takeStudents()).containsExactly("Ли", "Иванов П", "Ким");
		assertThat(Arguments.of("Иванов, П").takeStudents()).as("a comma ends a student")
			.containsExactly("Иванов", "П");
	}

	@Test
	void keepsFreeTextAsTyped() {
		Arguments arguments = Arguments.of("5А Иванов не было сменной обуви, опять!  @2");

		arguments.takeClass();
		assertThat(arguments.takeStudent()).isEqualTo("Иванов");
		assertThat(arguments.rest()).isEqualTo("не было сменной обуви, опять!  @2");
	}

	@Test
	void peeksAtWordsWithoutTakingThem() {
		Arguments arguments = Arguments.of("английский язык Иванов 5");

		assertThat(arguments.peek(2)).contains("английский язык");
		assertThat(arguments.peek(5)).isEmpty();
		arguments.drop(2);
		assertThat(arguments.takeStudent()).isEqualTo("Иванов");
		assertThat(arguments.next()).isEqualTo("5");
		assertThat(arguments.isEmpty()).isTrue();
	}

}
