package org.classbell.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.classbell.app.school.DefaultSchool;
import org.classbell.app.web.ApiErrors;
import org.classbell.app.web.ApiErrors.FieldProblem;
import org.classbell.store.Match;
import org.classbell.store.SchoolId;
import org.classbell.store.roster.Classes;
import org.classbell.store.roster.SchoolClass;
import org.classbell.templates.Quote;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/export/journal?from=&to=&class=&charset=}: the journal of the days
 * ({@code YYYY-MM-DD}, both included, {@value #MAX_DAYS} at most) as the daily export
 * writes it. One class ({@code class=5А}) is answered with its CSV; several
 * ({@code class=5А&class=6Б}, or {@code class=5А,6Б}) or none named (every class of the
 * school) with a ZIP of one CSV per class. {@code charset} overrides the configured
 * character set. Every mistake is answered before anything is written.
 */
@RestController
class ExportController {

	/** The longest period one request covers: a school year with room to spare. */
	static final int MAX_DAYS = 366;

	private final JournalFiles files;

	private final Classes classes;

	private final DefaultSchool school;

	private final ExportProperties properties;

	private final ApiErrors errors;

	ExportController(JournalFiles files, Classes classes, DefaultSchool school, ExportProperties properties,
			ApiErrors errors) {
		this.files = files;
		this.classes = classes;
		this.school = school;
		this.properties = properties;
		this.errors = errors;
	}

	@GetMapping("/api/export/journal")
	ResponseEntity<?> journal(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(name = "class", required = false) List<String> classNames,
			@RequestParam(required = false) String charset, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
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
		ExportEncoding encoding = this.properties.encoding();
		if (charset != null && !charset.isBlank()) {
			Optional<ExportEncoding> asked = ExportEncoding.named(charset);
			if (asked.isEmpty()) {
				problems.add(new FieldProblem("charset", "api.error.export.charset",
						Map.of("value", Quote.cut(charset, 40))));
			}
			encoding = asked.orElse(encoding);
		}
		if (!problems.isEmpty()) {
			return this.errors.badFields(request, problems);
		}
		SchoolId school = this.school.get().id();
		List<String> names = names(classNames);
		List<SchoolClass> exported = new ArrayList<>();
		if (names.isEmpty()) {
			exported.addAll(this.classes.all(school));
			if (exported.isEmpty()) {
				return this.errors.answer(HttpStatus.NOT_FOUND, request, "api.error.export.no_classes", Map.of());
			}
		}
		for (String name : names) {
			Match<SchoolClass> match = this.classes.match(school, name);
			if (!(match instanceof Match.Found<SchoolClass> found)) {
				return this.errors.unmatched(match, name, "invites.error.class.", SchoolClass::name, request);
			}
			if (!exported.contains(found.value())) {
				exported.add(found.value());
			}
		}
		OutputStream out = response.getOutputStream();
		if (names.size() == 1) {
			SchoolClass only = exported.get(0);
			response.setContentType("text/csv; charset=" + encoding.charset().name());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ExportNames.attachment(ExportNames.csv(only.name(), first, last)));
			this.files.csv(only, first, last, encoding, out);
		}
		else {
			response.setContentType("application/zip");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ExportNames.attachment(ExportNames.zip(first, last)));
			this.files.zip(exported, first, last, encoding, out);
		}
		out.flush();
		return null;
	}

	/**
	 * The class names asked for, whether as several parameters or separated by commas.
	 */
	private static List<String> names(List<String> classNames) {
		List<String> names = new ArrayList<>();
		if (classNames != null) {
			for (String param : classNames) {
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
