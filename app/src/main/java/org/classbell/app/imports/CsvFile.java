package org.classbell.app.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Reads an uploaded CSV file: UTF-8 (a byte order mark is fine), comma-separated (or
 * semicolon-separated, as spreadsheets save it in Russian), a header row naming the
 * columns in any order and case, quoted fields. Problems with the file itself are
 * reported with their line, like those of its rows.
 */
final class CsvFile {

	private CsvFile() {
	}

	/**
	 * The rows of the file, or the problems that keep it from being read.
	 */
	static Read read(byte[] body, List<String> columns) {
		LineProblems problems = new LineProblems();
		String text = decode((body != null) ? body : new byte[0], problems);
		if (text == null) {
			return new Read(List.of(), problems);
		}
		if (text.isBlank()) {
			problems.add(1, null, Problem.EMPTY_FILE, "");
			return new Read(List.of(), problems);
		}
		char delimiter = delimiter(text);
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.setAllowMissingColumnNames(true)
			.get();
		LineIndex lines = new LineIndex(text);
		List<CsvRow> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			var records = parser.iterator();
			List<String> header = header(records.next());
			columns.stream()
				.filter((column) -> !header.contains(column))
				.forEach((column) -> problems.add(new ImportProblem(1, null, Problem.MISSING_COLUMN, column,
						Map.of("expected", String.join(",", columns)))));
			if (!problems.isEmpty()) {
				return new Read(List.of(), problems);
			}
			while (records.hasNext()) {
				CSVRecord record = records.next();
				long line = lines.lineAt(record.getCharacterPosition());
				if (record.size() != header.size()) {
					problems.add(new ImportProblem(line, null, Problem.BAD_FIELD_COUNT, String.valueOf(record.size()),
							Map.of("fields", record.size(), "expected", header.size())));
					continue;
				}
				Map<String, String> values = new HashMap<>();
				for (int i = 0; i < header.size(); i++) {
					values.putIfAbsent(header.get(i), record.get(i));
				}
				rows.add(new CsvRow(line, values));
			}
		}
		catch (UncheckedIOException | IOException | IllegalStateException ex) {
			problems.add(lines.lineCount(), null, Problem.MALFORMED, rootMessage(ex));
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			problems.add(1, null, Problem.EMPTY_FILE, "");
		}
		return new Read(rows, problems);
	}

	private static List<String> header(CSVRecord record) {
		List<String> header = new ArrayList<>();
		record.forEach((name) -> header.add(name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)));
		return header;
	}

	/**
	 * Strict UTF-8, without a byte order mark; {@code null} with a problem at the first
	 * line that is not UTF-8.
	 */
	private static String decode(byte[] body, LineProblems problems) {
		int start = (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB
				&& (body[2] & 0xFF) == 0xBF) ? 3 : 0;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(body, start, body.length - start);
		CharBuffer out = CharBuffer.allocate(body.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			long line = 1;
			for (int i = start; i < in.position(); i++) {
				if (body[i] == '\n') {
					line++;
				}
			}
			problems.add(line, null, Problem.NOT_UTF8, "");
			return null;
		}
		decoder.flush(out);
		return out.flip().toString();
	}

	private static char delimiter(String text) {
		int end = text.indexOf('\n');
		String first = (end < 0) ? text : text.substring(0, end);
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

	/**
	 * Line numbers of character positions in the text.
	 */
	private static final class LineIndex {

		private final long[] starts;

		private LineIndex(String text) {
			List<Long> starts = new ArrayList<>(List.of(0L));
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == '\n') {
					starts.add((long) i + 1);
				}
			}
			this.starts = starts.stream().mapToLong(Long::longValue).toArray();
		}

		long lineAt(long position) {
			int found = Arrays.binarySearch(this.starts, position);
			return (found >= 0) ? found + 1 : -found - 1;
		}

		long lineCount() {
			return this.starts.length;
		}

	}

}
