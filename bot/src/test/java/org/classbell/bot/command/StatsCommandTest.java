package org.classbell.bot.command;

import org.junit.jupiter.api.Test;

import org.classbell.store.PersonName;

import static org.assertj.core.api.Assertions.assertThat;

class StatsCommandTest {

	@Test
	void namesATeacherBySurnameAndInitials() {
		assertThat(StatsCommand.initials(new PersonName("Соколова", "Елена", "Викторовна")))
			.isEqualTo("Соколова Е. В.");
		assertThat(StatsCommand.initials(new PersonName("Орлов", "Дмитрий", ""))).isEqualTo("Орлов Д.");
	}

}
