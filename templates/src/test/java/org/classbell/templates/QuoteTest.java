package org.classbell.templates;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteTest {

	@Test
	void leavesAShortTextAsItIs() {
		assertThat(Quote.cut("болел", 10)).isEqualTo("болел");
		assertThat(Quote.cut(null, 10)).isNull();
	}

	@Test
	void cutsALongTextWithAnEllipsisWithinTheLimit() {
		assertThat(Quote.cut("x".repeat(50_000), 1000)).hasSize(1000).endsWith("x…");
		assertThat(Quote.cut("был у врача, потом", 13)).isEqualTo("был у врача,…");
	}

	@Test
	void neverCutsACharacterInTwo() {
		assertThat(Quote.cut("ab👏👏", 4)).isEqualTo("ab…");
	}

}
