package org.classbell.app.imports;

import java.util.List;

import org.classbell.store.imports.ImportProblem;

/**
 * What came of reading a file and importing it (or trying to): refused for its size,
 * rejected with its problems and nothing changed, or applied with what it changed.
 */
public sealed interface ImportResult {

	/**
	 * The file is larger than imports take.
	 *
	 * @param maxBytes the largest file taken
	 */
	record TooLarge(long maxBytes) implements ImportResult {

	}

	/**
	 * Nothing was imported, for these problems, in the order of the file.
	 *
	 * @param problems every problem found
	 * @param file how the file was read, if it could be
	 */
	record Rejected(List<ImportProblem> problems, FileFormat file) implements ImportResult {

		public Rejected {
			problems = List.copyOf(problems);
		}

	}

	/**
	 * The file was imported (or would be, in a preview).
	 *
	 * @param summary what it changed: a {@code RosterSummary}, {@code StaffSummary} or
	 * {@code TimetableSummary}
	 * @param file how the file was read
	 */
	record Applied(Record summary, FileFormat file) implements ImportResult {

	}

}
