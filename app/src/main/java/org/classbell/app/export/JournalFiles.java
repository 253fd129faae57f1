package org.classbell.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.classbell.app.web.CsvCells;
import org.classbell.store.journal.JournalFact;
import org.classbell.store.journal.JournalFacts;
import org.classbell.store.roster.SchoolClass;

import org.springframework.stereotype.Component;

/**
 * Writes the journal of classes for the regional portal: a CSV file per class (a header
 * row, then one row per mark, absence, lateness, excused absence or homework; RFC 4180,
 * CRLF line ends), alone or several in a ZIP. Rows go out as the database sends them, so
 * that a year of a whole school is never held in memory.
 */
@Component
class JournalFiles {

	static final List<String> HEADER = List.of("date", "lesson_no", "subject", "teacher", "kind", "list_no", "student",
			"value", "due_on", "subgroup", "comment");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();

	private final JournalFacts facts;

	private final Clock clock;

	JournalFiles(JournalFacts facts, Clock clock) {
		this.facts = facts;
		this.clock = clock;
	}

	/**
	 * Writes the class's journal of the days as CSV to the stream, which is flushed and
	 * left open.
	 * @return how many rows were written, the header not counted
	 */
	long csv(SchoolClass schoolClass, LocalDate from, LocalDate to, ExportEncoding encoding, OutputStream out)
			throws IOException {
		Writer writer = encoding.writer(out);
		UnaryOperator<String> fit = encoding.fitter();
		CSVPrinter printer = new CSVPrinter(writer, FORMAT);
		long[] rows = { 0 };
		try {
			this.facts.ofClass(schoolClass.id(), from, to, (fact) -> {
				try {
					printer.printRecord(cells(fact, fit));
					rows[0]++;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		printer.flush();
		return rows[0];
	}

	/**
	 * Writes a ZIP of the classes' journals to the stream, one CSV each (named as
	 * {@link ExportNames#csv(String)} says), and finishes it; the stream is left open.
	 */
	void zip(List<SchoolClass> classes, LocalDate from, LocalDate to, ExportEncoding encoding, OutputStream out)
			throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		for (SchoolClass schoolClass : classes) {
			ZipEntry entry = new ZipEntry(ExportNames.csv(schoolClass.name()));
			entry.setTime(this.clock.millis());
			zip.putNextEntry(entry);
			csv(schoolClass, from, to, encoding, zip);
			zip.closeEntry();
		}
		zip.finish();
		zip.flush();
	}

	private static List<String> cells(JournalFact fact, UnaryOperator<String> fit) {
		return Arrays.asList(fact.day().toString(), number(fact.lesson()), text(fact.subject(), fit),
				text(fact.teacher(), fit), fact.kind().code(), number(fact.listNo()), text(fact.student(), fit),
				text(fact.value(), fit), (fact.due() != null) ? fact.due().toString() : "", text(fact.subgroup(), fit),
				text(fact.comment(), fit));
	}

	private static String number(Integer number) {
		return (number != null) ? number.toString() : "";
	}

	private static String text(String text, UnaryOperator<String> fit) {
		return (text != null) ? CsvCells.text(fit.apply(text)) : "";
	}

}
