package org.classbell.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {

	@Test
	void keysIgnoreCaseSpacesAndYo() {
		assertThat(Names.key("  Ёлкин ")).isEqualTo(Names.key("елкин"));
		assertThat(Names.key("ПЕТРОВА   Анна")).isEqualTo("петрова анна");
	}

	@Test
	void keysFoldLatinLookAlikesToCyrillic() {
		assertThat(Names.key("Иванoв")).as("Latin o").isEqualTo(Names.key("Иванов"));
		assertThat(Names.key("5A")).isEqualTo(Names.key("5а"));
		assertThat(Names.key("ABCEHKMOPTXY")).isEqualTo(Names.key("АВСЕНКМОРТХУ"));
		assertThat(Names.key("acekopxy")).isEqualTo(Names.key("асекорху"));
		assertThat(Names.key("b")).isNotEqualTo(Names.key("в")).isNotEqualTo(Names.key("б"));
	}

	@Test
	void cleansStraySpaces() {
		assertThat(Names.clean("  Петров \t Водкин ")).isEqualTo("Петров Водкин");
		assertThat(Names.clean(null)).isEmpty();
	}

	@Test
	void measuresEditDistance() {
		assertThat(Names.distance("смирнов", "смрнов")).isEqualTo(1);
		assertThat(Names.distance("иванов", "иванов")).isZero();
		assertThat(Names.distance("", "abc")).isEqualTo(3);
	}

}
