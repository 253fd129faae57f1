package org.classbell.store.testing;

import java.util.List;

import org.classbell.store.imports.ImportOutcome;
import org.classbell.store.imports.ImportProblem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unwraps import outcomes in tests, failing when the outcome is not the one expected.
 */
public final class Outcomes {

	private Outcomes() {
	}

	public static <S> S applied(ImportOutcome<S> outcome) {
		assertThat(outcome).isInstanceOf(ImportOutcome.Applied.class);
		return ((ImportOutcome.Applied<S>) outcome).summary();
	}

	public static <S> List<ImportProblem> rejected(ImportOutcome<S> outcome) {
		assertThat(outcome).isInstanceOf(ImportOutcome.Rejected.class);
		return ((ImportOutcome.Rejected<S>) outcome).problems();
	}

}
