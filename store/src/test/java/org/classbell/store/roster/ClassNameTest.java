package org.classbell.store.roster;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClassNameTest {

	@ParameterizedTest
	@ValueSource(strings = { "5А", "5а", "5a", "5A", "5 А", " 5 а ", "5-а", "05А" })
	void readsEveryWayOfWritingOneClass(String typed) {
		ClassName name = ClassName.parse(typed).orElseThrow();
		assertThat(name.display()).isEqualTo("5А");
		assertThat(name.key()).isEqualTo(ClassName.parse("5А").orElseThrow().key());
		assertThat(name.grade()).isEqualTo(5);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "А5", "abc", "13А", "5А Б", "5!" })
	void refusesWhatIsNotAClassName(String typed) {
		assertThat(ClassName.parse(typed)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "11Б", "11 б", "11-Б" })
	void readsTwoDigitGrades(String typed) {
		ClassName name = ClassName.parse(typed).orElseThrow();
		assertThat(name.display()).isEqualTo("11Б");
		assertThat(name.grade()).isEqualTo(11);
	}

	@ParameterizedTest
	@ValueSource(strings = { "11B", "11 в", "11В" })
	void readsCapitalLatinBAsTheCyrillicLetterItLooksLike(String typed) {
		assertThat(ClassName.parse(typed).orElseThrow().display()).isEqualTo("11В");
	}

	@org.junit.jupiter.api.Test
	void doesNotReadSmallLatinBAsAnyCyrillicLetter() {
		ClassName name = ClassName.parse("11b").orElseThrow();
		assertThat(name.key()).isNotIn(ClassName.parse("11Б").orElseThrow().key(),
				ClassName.parse("11В").orElseThrow().key());
	}

	@ParameterizedTest
	@ValueSource(strings = { "10 Физмат", "1", "7ИТ" })
	void acceptsLabelsAndBareGrades(String typed) {
		assertThat(ClassName.parse(typed)).isPresent();
	}

}
