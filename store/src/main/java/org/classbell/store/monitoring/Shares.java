package org.classbell.store.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Shares as the monitoring reports write them: percent with one decimal, rounded half up.
 */
final class Shares {

	private Shares() {
	}

	/**
	 * The part's share of the whole, or {@code null} when the whole is nothing.
	 */
	static BigDecimal percent(long part, long whole) {
		return (whole == 0) ? null
				: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
