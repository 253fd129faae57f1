package org.classbell.store.monitoring;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NaturalOrderTest {

	@Test
	void ordersNamesAsAPersonReadsThem() {
		assertThat(List.of("Школа № 10", "гимназия 3", "Школа №2", "Лицей", "Школа № 1", "Гимназия 12")
			.stream()
			.sorted(NaturalOrder.INSTANCE)
			.toList()).containsExactly("гимназия 3", "Гимназия 12", "Лицей", "Школа № 1", "Школа №2", "Школа № 10");
	}

	@Test
	void takesSpacesAndCaseAndYoAsNothing() {
		assertThat(NaturalOrder.INSTANCE.compare("Школа №2", "школа № 2")).isZero();
		assertThat(NaturalOrder.INSTANCE.compare("Ёлочка", "елочка")).isZero();
		assertThat(NaturalOrder.INSTANCE.compare("Школа", "Школа № 1")).isNegative();
	}

}
