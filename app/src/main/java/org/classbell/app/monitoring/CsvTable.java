package org.classbell.app.monitoring;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.classbell.app.web.CsvCells;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A report as CSV: a header row, then one row per line of the report, UTF-8, RFC 4180
 * (comma-separated, CRLF line ends); an absent value is an empty field. A text that a
 * spreadsheet would take for a formula is written after an apostrophe ({@link CsvCells}).
 * Numbers are written as they are.
 */
public final class CsvTable {

	public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final List<String> header;

	private final List<List<?>> rows = new ArrayList<>();

	public CsvTable(String... header) {
		this.header = List.of(header);
	}

	public CsvTable row(Object... values) {
		if (values.length != this.header.size()) {
			throw new IllegalArgumentException("A row of " + this.header.size() + " values expected");
		}
		this.rows.add(Arrays.asList(values));
		return this;
	}

	public String text() {
		StringWriter out = new StringWriter();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(this.header.toArray(String[]::new)).get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (List<?> row : this.rows) {
				printer.printRecord(row.stream().map(CsvTable::field).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	public ResponseEntity<byte[]> response() {
		return ResponseEntity.ok().contentType(TEXT_CSV).body(text().getBytes(StandardCharsets.UTF_8));
	}

	private static String field(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof java.math.BigDecimal number) {
			return number.toPlainString();
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		return text(value.toString());
	}

	/**
	 * The text as a cell a spreadsheet shows as text, never evaluates.
	 */
	static String text(String text) {
		return CsvCells.text(text);
	}

}
