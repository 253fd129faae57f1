package org.classbell.app.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.classbell.store.imports.ImportProblem;
import org.classbell.store.imports.LineProblems;
import org.classbell.store.imports.Problem;

/**
 * Reads an uploaded CSV file as it arrives: in UTF-8, UTF-16, Windows-1251 or KOI8-R
 * (told from its start, see {@link UploadEncoding}), separated by commas, semicolons (as
 * spreadsheets save it in Russian) or tabs (told from its header), a header row naming
 * the columns in any order and case, quoted fields. Problems with the file itself are
 * reported with their line, like those of its rows; a field longer than its column allows
 * is one of them.
 */
final class CsvFile {

	/** How much of the file's start is looked at for its delimiter. */
	private static final int BUFFER = 64 * 1024;

	/** The field separators taken, the usual first. */
	private static final char[] SEPARATORS = { ',', ';', '\t' };

	private CsvFile() {
	}

	/**
	 * The rows of the file, or the problems that keep it from being read.
	 * @param in the file, read up to its end
	 * @param columns the columns the header must name
	 * @param fields the longest value of each column, in characters
	 * @param maxBytes the largest file taken
	 * @throws TextUpload.TooLarge when the file is larger
	 */
	static Read read(InputStream in, List<String> columns, FieldLimits fields, long maxBytes)
			throws TextUpload.TooLarge {
		LineProblems problems = new LineProblems();
		List<CsvRow> rows = new ArrayList<>();
		BufferedInputStream bytes = new BufferedInputStream(in, UploadEncoding.PREFIX);
		UploadEncoding encoding;
		try {
			encoding = UploadEncoding.detect(bytes).orElse(null);
		}
		catch (IOException ex) {
			problems.add(1, null, Problem.MALFORMED, rootMessage(ex));
			return new Read(List.of(), problems, null);
		}
		if (encoding == null) {
			problems.add(1, null, Problem.NOT_TEXT, "");
			return new Read(List.of(), problems, null);
		}
		FileFormat file = null;
		try (BufferedReader text = new BufferedReader(new TextUpload(bytes, encoding, maxBytes))) {
			text.mark(BUFFER);
			char delimiter = delimiter(text, columns);
			text.reset();
			file = new FileFormat(encoding.name(), String.valueOf(delimiter));
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
				if (ex.getCause() instanceof TextUpload.TooLarge || ex.getCause() instanceof TextUpload.Undecodable) {
					throw ex.getCause();
				}
				problems.add(Math.max(1, parser.getCurrentLineNumber()), null, Problem.MALFORMED, rootMessage(ex));
			}
			catch (IllegalStateException ex) {
				problems.add(Math.max(1, parser.getCurrentLineNumber()), null, Problem.MALFORMED, rootMessage(ex));
			}
		}
		catch (TextUpload.TooLarge ex) {
			throw ex;
		}
		catch (TextUpload.Undecodable ex) {
			boolean utf8 = encoding.charset().equals(StandardCharsets.UTF_8);
			problems.add(ex.line(), null, utf8 ? Problem.NOT_UTF8 : Problem.NOT_TEXT, utf8 ? "" : encoding.name());
			return new Read(List.of(), problems, file);
		}
		catch (IOException ex) {
			problems.add(1, null, Problem.MALFORMED, rootMessage(ex));
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			problems.add(1, null, Problem.EMPTY_FILE, "");
		}
		return new Read(rows, problems, file);
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
	 * The separator that splits the first line into most of the columns the format names:
	 * a comma, a semicolon or a tab. Where none names any, semicolons or tabs when the
	 * line has some and no comma; commas otherwise.
	 */
	private static char delimiter(BufferedReader text, List<String> columns) throws IOException {
		char[] start = new char[BUFFER];
		int length = 0;
		for (int read; length < start.length && (read = text.read(start, length, start.length - length)) > 0;) {
			length += read;
		}
		String first = new String(start, 0, length);
		int end = first.indexOf('\n');
		first = (end < 0) ? first : first.substring(0, end);
		char best = ',';
		long named = 0;
		for (char candidate : SEPARATORS) {
			long count = Arrays.stream(first.split(Pattern.quote(String.valueOf(candidate)), -1))
				.map((name) -> name.replace("\uFEFF", "").replace("\"", "").strip().toLowerCase(Locale.ROOT))
				.filter(columns::contains)
				.count();
			if (count > named) {
				best = candidate;
				named = count;
			}
		}
		if (named > 0 || first.indexOf(',') >= 0) {
			return best;
		}
		return (first.indexOf(';') >= 0) ? ';' : (first.indexOf('\t') >= 0) ? '\t' : ',';
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
	 * when there are no problems. {@code file} is how the file was read, if it could be.
	 */
	record Read(List<CsvRow> rows, LineProblems problems, FileFormat file) {

	}

}
