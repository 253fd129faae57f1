package org.classbell.app.imports;

import java.util.Map;

/**
 * One line of data of a CSV file, by column name.
 *
 * @param line the line of the file it starts on, the header being line 1
 * @param values the fields by lower-case column name
 */
record CsvRow(long line, Map<String, String> values) {

	String get(String column) {
		return this.values.getOrDefault(column, "");
	}

}
