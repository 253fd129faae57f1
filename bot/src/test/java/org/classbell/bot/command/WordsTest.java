package org.classbell.bot.command;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

	@Test
	void greetsByNameAndPatronymicWhenTheRosterGivesAllThree() {
		assertThat(Words.greeting("Иванова Мария Петровна")).isEqualTo("Мария Петровна");
		assertThat(Words.greeting(" Иванова  Мария ")).isEqualTo("Иванова Мария");
		assertThat(Words.greeting("Mary Ann Smith-Jones Jr")).isEqualTo("Mary Ann Smith-Jones Jr");
	}

}
