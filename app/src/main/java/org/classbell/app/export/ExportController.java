package org.classbell.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.app.school.RequestedSchool;
import org.classbell.app.web.ApiErrors;
import org.classbell.store.Match;
import org.classbell.store.SchoolId;
import org.classbell.store.roster.Classes;
import org.classbell.store.roster.SchoolClass;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/export/journal?from=&to=&class=&charset=}: the journal of the days as
 * the daily export writes it (see {@link ExportRequest} for the parameters). One class
 * named is answered with its CSV; several, or none (every class of the school), with a
 * ZIP of one CSV per class. Every mistake is answered as JSON before anything is written;
 * the files are written as they are read, never held whole.
 */
@RestController
class ExportController {

	private static final Logger log = LoggerFactory.getLogger(ExportController.class);

	private final JournalFiles files;

	private final Classes classes;

	private final RequestedSchool school;

	private final ExportProperties properties;

	private final ApiErrors errors;

	ExportController(JournalFiles files, Classes classes, RequestedSchool school, ExportProperties properties,
			ApiErrors errors) {
		this.files = files;
		this.classes = classes;
		this.school = school;
		this.properties = properties;
		this.errors = errors;
	}

	@GetMapping({ "/api/export/journal", "/api/schools/{school}/export/journal" })
	ResponseEntity<?> journal(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(name = "class", required = false) List<String> classNames,
			@RequestParam(required = false) String charset, HttpServletRequest request, HttpServletResponse response) {
		ExportRequest asked = ExportRequest.read(from, to, classNames, charset, this.properties.encoding());
		if (!asked.problems().isEmpty()) {
			return this.errors.badFields(request, asked.problems());
		}
		SchoolId school = this.school.get().id();
		List<SchoolClass> exported = new ArrayList<>();
		if (asked.classNames().isEmpty()) {
			exported.addAll(this.classes.all(school));
			if (exported.isEmpty()) {
				return this.errors.answer(HttpStatus.NOT_FOUND, request, "api.error.export.no_classes", Map.of());
			}
		}
		for (String name : asked.classNames()) {
			Match<SchoolClass> match = this.classes.match(school, name);
			if (!(match instanceof Match.Found<SchoolClass> found)) {
				return this.errors.unmatched(match, name, "invites.error.class.", SchoolClass::name, request);
			}
			if (!exported.contains(found.value())) {
				exported.add(found.value());
			}
		}
		try {
			write(response, asked, exported);
		}
		catch (IOException ex) {
			// the answer has begun: there is nothing left to tell a client that went away
			log.info("Journal export: the client went away before the answer ended ({})", ex.toString());
		}
		return null;
	}

	/**
	 * Writes the answer: one class's CSV, or a ZIP of the classes' CSVs.
	 */
	private void write(HttpServletResponse response, ExportRequest asked, List<SchoolClass> exported)
			throws IOException {
		if (asked.oneClass()) {
			response.setContentType("text/csv; charset=" + asked.encoding().charset().name());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ExportNames.attachment(ExportNames.csv(exported.get(0).name(), asked.from(), asked.to())));
		}
		else {
			response.setContentType("application/zip");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ExportNames.attachment(ExportNames.zip(asked.from(), asked.to())));
		}
		OutputStream out = response.getOutputStream();
		if (asked.oneClass()) {
			this.files.csv(exported.get(0), asked.from(), asked.to(), asked.encoding(), out);
		}
		else {
			this.files.zip(exported, asked.from(), asked.to(), asked.encoding(), out);
		}
		out.flush();
	}

}
