package org.classbell.store.imports;

import java.util.Map;

/**
 * One thing wrong with an imported file.
 *
 * @param line the line of the file, the header being line 1
 * @param column the column at fault, or {@code null} for the whole line
 * @param problem what is wrong
 * @param value the value at fault as given, or {@code ""}
 * @param details further arguments of the message, such as the other line of a conflict
 */
public record ImportProblem(long line, String column, Problem problem, String value, Map<String, Object> details) {

	public ImportProblem {
		value = (value != null) ? value : "";
		details = Map.copyOf(details);
	}

	public static ImportProblem of(long line, String column, Problem problem, String value) {
		return new ImportProblem(line, column, problem, value, Map.of());
	}

	public static ImportProblem conflict(long line, String column, Problem problem, String value, long otherLine) {
		return new ImportProblem(line, column, problem, value, Map.of("otherLine", otherLine));
	}

}
