package org.classbell.app.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.classbell.store.imports.ImportProblem;
import org.classbell.store.imports.LineProblems;
import org.classbell.store.imports.Problem;

/**
 * Reads an uploaded CSV file as it arrives: UTF-8 (a byte order mark is fine),
 * comma-separated (or semicolon-separated, as spreadsheets save it in Russian), a header
 * row naming the columns in any order and case, quoted fields. Problems with the file
 * itself are reported with their line, like those of its rows; a field longer than its
 * column allows is one of them.
 */
final class CsvFile {

	/** How much of the file's start is looked at for its delimiter. */
	private static final int BUFFER = 64 * 1024;

	private CsvFile() {
	}

	/**
	 * The rows of the file, or the problems that keep it from being read.
	 * @param in the file, read up to its end
	 * @param columns the columns the header must name
	 * @param fields the longest value of each column, in characters
	 * @param maxBytes the largest file taken
	 * @throws Utf8Upload.TooLarge when the file is larger
	 */
	static Read read(InputStream in, List<String> columns, FieldLimits fields, long maxBytes)
			throws Utf8Upload.TooLarge {
		LineProblems problems = new LineProblems();
		List<CsvRow> rows = new ArrayList<>();
		try (BufferedReader text = new BufferedReader(new Utf8Upload(in, maxBytes))) {
			text.mark(BUFFER);
			char delimiter = delimiter(text);
			text.reset();
			CSVFormat format = CSVFormat.RFC4180.builder()
				.setDelimiter(delimiter)
				.setIgnoreEmptyLines(false)
				.setTrim(true)
				.setAllowMissingColumnNames(true)
				.get();
			CSVParser parser = CSVParser.parse(text, format);
			try {
				read(parser, columns, fields, problems, rows);
			}
			catch (UncheckedIOException ex) {
				if (ex.getCause() instanceof Utf8Upload.TooLarge || ex.getCause() instanceof Utf8Upload.NotUtf8) {
					throw ex.getCause();
				}
				problems.add(Math.max(1, parser.getCurrentLineNumber()), null, Problem.MALFORMED, rootMessage(ex));
			}
			catch (IllegalStateException ex) {
				problems.add(Math.max(1, parser.getCurrentLineNumber()), null, Problem.MALFORMED, rootMessage(ex));
			}
		}
		catch (Utf8Upload.TooLarge ex) {
			throw ex;
		}
		catch (Utf8Upload.NotUtf8 ex) {
			problems.add(ex.line(), null, Problem.NOT_UTF8, "");
			return new Read(List.of(), problems);
		}
		catch (IOException ex) {
			problems.add(1, null, Problem.MALFORMED, rootMessage(ex));
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			problems.add(1, null, Problem.EMPTY_FILE, "");
		}
		return new Read(rows, problems);
	}

	private static void read(CSVParser parser, List<String> columns, FieldLimits fields, LineProblems problems,
			List<CsvRow> rows) {
		var records = parser.iterator();
		List<String> header = records.hasNext() ? header(records.next()) : List.of();
		if (header.isEmpty()) {
			return;
		}
		columns.stream()
			.filter((column) -> !header.contains(column))
			.forEach((column) -> problems.add(new ImportProblem(1, null, Problem.MISSING_COLUMN, column,
					Map.of("expected", String.join(",", columns)))));
		if (!problems.isEmpty()) {
			return;
		}
		long line = parser.getCurrentLineNumber() + 1;
		while (records.hasNext()) {
			CSVRecord record = records.next();
			long next = parser.getCurrentLineNumber() + 1;
			if (record.size() == 1 && record.get(0).isEmpty()) {
				line = next;
				continue;
			}
			if (record.size() != header.size()) {
				problems.add(new ImportProblem(line, null, Problem.BAD_FIELD_COUNT, String.valueOf(record.size()),
						Map.of("fields", record.size(), "expected", header.size())));
			}
			else if (fields.check(line, header, record, problems)) {
				Map<String, String> values = new HashMap<>();
				for (int i = 0; i < header.size(); i++) {
					values.putIfAbsent(header.get(i), record.get(i));
				}
				rows.add(new CsvRow(line, values));
			}
			line = next;
		}
	}

	private static List<String> header(CSVRecord record) {
		List<String> header = new ArrayList<>();
		record.forEach((name) -> header.add(name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)));
		return (header.size() == 1 && header.get(0).isEmpty()) ? List.of() : header;
	}

	/**
	 * Semicolons when the first line has some and no comma, as spreadsheets save CSV in
	 * Russian; commas otherwise.
	 */
	private static char delimiter(BufferedReader text) throws IOException {
		char[] start = new char[BUFFER];
		int length = 0;
		for (int read; length < start.length && (read = text.read(start, length, start.length - length)) > 0;) {
			length += read;
		}
		String first = new String(start, 0, length);
		int end = first.indexOf('\n');
		first = (end < 0) ? first : first.substring(0, end);
		return (first.indexOf(';') >= 0 && first.indexOf(',') < 0) ? ';' : ',';
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage());
	}

	/**
	 * Rows read, and problems with the file or its shape; the rows are to be used only
	 * when there are no problems.
	 */
	record Read(List<CsvRow> rows, LineProblems problems) {

	}

}
