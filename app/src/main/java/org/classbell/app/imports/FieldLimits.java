package org.classbell.app.imports;

import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

import org.classbell.store.imports.ImportProblem;
import org.classbell.store.imports.LineProblems;
import org.classbell.store.imports.Problem;

/**
 * The longest value each column of an imported file takes, in characters: names, classes
 * and phones are short, so a longer field is a mistake (a whole file pasted into one
 * cell) and is reported with its column, not stored.
 *
 * @param longest the limit of columns that differ from the usual one
 * @param usual the limit of every other column
 */
record FieldLimits(Map<String, Integer> longest, int usual) {

	/** Names, classes, phones, subjects: 200 characters. */
	static final int USUAL = 200;

	static FieldLimits of(Map<String, Integer> longest) {
		return new FieldLimits(Map.copyOf(longest), USUAL);
	}

	int of(String column) {
		return this.longest.getOrDefault(column, this.usual);
	}

	/**
	 * Whether every field of the record fits its column; a problem for each that does
	 * not.
	 */
	boolean check(long line, List<String> header, CSVRecord record, LineProblems problems) {
		boolean fits = true;
		for (int i = 0; i < header.size(); i++) {
			int length = record.get(i).length();
			int max = of(header.get(i));
			if (length > max) {
				problems.add(new ImportProblem(line, header.get(i), Problem.TOO_LONG, "",
						Map.of("length", length, "max", max)));
				fits = false;
			}
		}
		return fits;
	}

}
