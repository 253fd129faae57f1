package org.classbell.store.roster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StudentRefTest {

	@Test
	void readsRegisterNumbers() {
		assertThat(StudentRef.parse("12")).contains(new StudentRef.ByNumber(12));
		assertThat(StudentRef.parse("№ 7")).contains(new StudentRef.ByNumber(7));
	}

	@Test
	void readsSurnamesAsKeys() {
		assertThat(StudentRef.parse("Ёлкин")).contains(new StudentRef.ByName("елкин", "", ""));
	}

	@Test
	void readsInitialsAndFirstNames() {
		assertThat(StudentRef.parse("Иванов П")).contains(new StudentRef.ByName("иванов", "п", ""));
		assertThat(StudentRef.parse("Иванов П.")).contains(new StudentRef.ByName("иванов", "п", ""));
		assertThat(StudentRef.parse("Иванов П.С.")).contains(new StudentRef.ByName("иванов", "п", "с"));
		assertThat(StudentRef.parse("Иванов Пётр")).contains(new StudentRef.ByName("иванов", "петр", ""));
		assertThat(StudentRef.parse("Петров-Водкин К")).contains(new StudentRef.ByName("петров-водкин", "к", ""));
	}

	@Test
	void refusesOtherText() {
		assertThat(StudentRef.parse("")).isEmpty();
		assertThat(StudentRef.parse("@3")).isEmpty();
		assertThat(StudentRef.parse("5+")).isEmpty();
	}

}
