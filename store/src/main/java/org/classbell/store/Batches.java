package org.classbell.store;

import java.util.Arrays;

/**
 * Helpers for JDBC batches.
 */
public final class Batches {

	private Batches() {
	}

	/**
	 * The rows a batch changed, counting statements whose count the driver does not know
	 * as one.
	 */
	public static int sum(int[] counts) {
		return Arrays.stream(counts).map((count) -> (count < 0) ? 1 : count).sum();
	}

}
