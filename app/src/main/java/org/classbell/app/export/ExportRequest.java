package org.classbell.app.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.classbell.app.web.ApiErrors.FieldProblem;
import org.classbell.templates.Quote;

/**
 * What {@code GET /api/export/journal} asks for, read from its parameters: the days
 * ({@code from} and {@code to}, {@code YYYY-MM-DD}, both needed and included, at most
 * {@value #MAX_DAYS}), the class names ({@code class}, repeated or separated by commas;
 * none for every class) and the character set ({@code charset}, the configured one when
 * left out). Mistakes are values naming the parameter, not exceptions.
 *
 * @param from the first day
 * @param to the last day
 * @param classNames the class names as typed, blanks left out
 * @param encoding the character set of the files
 * @param problems what is wrong with the request; empty when nothing is
 */
record ExportRequest(LocalDate from, LocalDate to, List<String> classNames, ExportEncoding encoding,
		List<FieldProblem> problems) {

	/** The longest period one request covers: a school year with room to spare. */
	static final int MAX_DAYS = 366;

	ExportRequest {
		classNames = List.copyOf(classNames);
		problems = List.copyOf(problems);
	}

	static ExportRequest read(String from, String to, List<String> classParams, String charset,
			ExportEncoding configured) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate first = date("from", from, problems);
		LocalDate last = date("to", to, problems);
		if (first != null && last != null) {
			long days = ChronoUnit.DAYS.between(first, last) + 1;
			if (first.isAfter(last)) {
				problems.add(new FieldProblem("to", "api.error.export.order",
						Map.of("from", first.toString(), "to", last.toString())));
			}
			else if (days > MAX_DAYS) {
				problems
					.add(new FieldProblem("to", "api.error.export.too_long", Map.of("max", MAX_DAYS, "days", days)));
			}
		}
		ExportEncoding encoding = configured;
		if (charset != null && !charset.isBlank()) {
			Optional<ExportEncoding> asked = ExportEncoding.named(charset);
			if (asked.isEmpty()) {
				problems.add(new FieldProblem("charset", "api.error.export.charset",
						Map.of("value", Quote.cut(charset, 40))));
			}
			encoding = asked.orElse(configured);
		}
		return new ExportRequest(first, last, names(classParams), encoding, problems);
	}

	/**
	 * Whether one class is asked for by name, to be answered with its CSV rather than a
	 * ZIP.
	 */
	boolean oneClass() {
		return this.classNames.size() == 1;
	}

	private static List<String> names(List<String> params) {
		List<String> names = new ArrayList<>();
		if (params != null) {
			for (String param : params) {
				for (String name : param.split(",")) {
					if (!name.isBlank()) {
						names.add(name.strip());
					}
				}
			}
		}
		return names;
	}

	private static LocalDate date(String param, String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem(param, "api.error.export.date_missing", Map.of("param", param)));
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(param, "api.error.export.date",
					Map.of("param", param, "value", Quote.cut(text, 40))));
			return null;
		}
	}

}
