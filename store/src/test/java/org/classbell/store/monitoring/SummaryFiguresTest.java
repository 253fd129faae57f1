package org.classbell.store.monitoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryFiguresTest {

	@Test
	void leavesSharesOutWhereThereIsNothingToShare() {
		assertThat(SummaryFigures.NONE.journal().share()).isNull();
		assertThat(SummaryFigures.NONE.families().share()).isNull();
		assertThat(SummaryFigures.NONE.delivery().share()).isNull();
	}

	@Test
	void countsTheDeliveredShareOfTheMessagesThatWentOrFailed() {
		assertThat(new SummaryFigures.Delivery(2, 1, 1).share()).isEqualTo(new BigDecimal("33.3"));
		assertThat(new SummaryFigures.Delivery(0, 0, 3).share()).isEqualTo(new BigDecimal("0.0"));
		assertThat(new SummaryFigures.Journal(3, 2).share()).isEqualTo(new BigDecimal("66.7"));
	}

	@Test
	void addsUpEveryFigure() {
		SummaryFigures one = new SummaryFigures(new SummaryFigures.Journal(1, 2),
				new SummaryFigures.Families(3, 4, 5, 6, 7), new SummaryFigures.Delivery(8, 9, 10), 11);

		assertThat(one.plus(one)).isEqualTo(new SummaryFigures(new SummaryFigures.Journal(2, 4),
				new SummaryFigures.Families(6, 8, 10, 12, 14), new SummaryFigures.Delivery(16, 18, 20), 22));
		assertThat(SummaryFigures.NONE.plus(one)).isEqualTo(one);
	}

}
