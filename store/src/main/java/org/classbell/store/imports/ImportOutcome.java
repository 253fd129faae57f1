package org.classbell.store.imports;

import java.util.Comparator;
import java.util.List;

/**
 * The result of an import: applied in full with a summary, or rejected with every problem
 * found and nothing changed.
 *
 * @param <S> the summary of an applied import
 */
public sealed interface ImportOutcome<S> {

	/**
	 * Every line was applied.
	 */
	record Applied<S>(S summary) implements ImportOutcome<S> {

	}

	/**
	 * Nothing was applied, for these problems, in the order of the file.
	 */
	record Rejected<S>(List<ImportProblem> problems) implements ImportOutcome<S> {

		public Rejected {
			problems = problems.stream().sorted(Comparator.comparingLong(ImportProblem::line)).toList();
			if (problems.isEmpty()) {
				throw new IllegalArgumentException("A rejected import needs at least one problem");
			}
		}

	}

}
