package org.classbell.app.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.classbell.app.school.RequestedSchool;
import org.classbell.app.web.ApiErrors;
import org.classbell.app.web.RefusedUpload;
import org.classbell.store.imports.ImportProblem;
import org.classbell.store.roster.RosterSummary;
import org.classbell.store.staff.StaffSummary;
import org.classbell.store.timetable.TimetableSummary;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * {@code POST /api/import/roster|staff|timetable}: a CSV file in the body. A file with
 * any bad line imports nothing, and the answer lists the bad lines (the first
 * {@value #LISTED}) with their numbers and what is wrong, and how many there are. A file
 * larger than the limit is answered 413 and not read further; the file is read as it
 * arrives ({@link Imports}), so memory holds its rows, not its bytes twice over.
 */
@RestController
@RequestMapping({ "/api/import", "/api/schools/{school}/import" })
class ImportController {

	/** The most bad lines an answer lists. */
	static final int LISTED = 100;

	private static final String NOT_A_FORM = "!" + MediaType.MULTIPART_FORM_DATA_VALUE;

	private final Imports imports;

	private final RequestedSchool school;

	private final ApiErrors errors;

	ImportController(Imports imports, RequestedSchool school, ApiErrors errors) {
		this.imports = imports;
		this.school = school;
		this.errors = errors;
	}

	@PostMapping(path = "/roster", consumes = NOT_A_FORM)
	ResponseEntity<?> roster(HttpServletRequest request) throws IOException {
		return run(ImportKind.ROSTER, request.getContentLengthLong(), request.getInputStream(), request);
	}

	@PostMapping(path = "/staff", consumes = NOT_A_FORM)
	ResponseEntity<?> staff(HttpServletRequest request) throws IOException {
		return run(ImportKind.STAFF, request.getContentLengthLong(), request.getInputStream(), request);
	}

	@PostMapping(path = "/timetable", consumes = NOT_A_FORM)
	ResponseEntity<?> timetable(HttpServletRequest request) throws IOException {
		return run(ImportKind.TIMETABLE, request.getContentLengthLong(), request.getInputStream(), request);
	}

	/**
	 * The same imports with the file uploaded as a form
	 * ({@code curl -F file=@roster.csv}): the first file of the form is the CSV.
	 */
	@PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> upload(@PathVariable String kind, MultipartHttpServletRequest request) throws IOException {
		ImportKind found = ImportKind.of(kind).orElse(null);
		if (found == null) {
			return this.errors.answer(HttpStatus.NOT_FOUND, request, "api.error.not_found",
					Map.of("path", request.getRequestURI()));
		}
		MultipartFile file = request.getFileMap().values().stream().findFirst().orElse(null);
		return (file != null) ? run(found, file.getSize(), file.getInputStream(), request)
				: run(found, 0, InputStream.nullInputStream(), request);
	}

	private ResponseEntity<?> run(ImportKind kind, long length, InputStream in, HttpServletRequest request) {
		ImportResult result = this.imports.apply(kind, this.school.get(), in, length, RequestedSchool.actor());
		if (result instanceof ImportResult.TooLarge tooLarge) {
			return RefusedUpload.answer(this.errors, request, tooLarge.maxBytes());
		}
		if (result instanceof ImportResult.Rejected rejected) {
			return rejected(rejected.problems(), request);
		}
		ImportResult.Applied applied = (ImportResult.Applied) result;
		return ResponseEntity
			.ok(new Imported<>(message(applied.summary(), request), applied.summary(), applied.file()));
	}

	private String message(Record summary, HttpServletRequest request) {
		if (summary instanceof RosterSummary roster) {
			return this.errors.message(request, "import.applied.roster", Map.of("lines", roster.lines()));
		}
		if (summary instanceof StaffSummary staff) {
			return this.errors.message(request, "import.applied.staff", Map.of("lines", staff.lines()));
		}
		TimetableSummary timetable = (TimetableSummary) summary;
		return this.errors.message(request, "import.applied.timetable", Map.of("lessons", timetable.lessons()));
	}

	private ResponseEntity<?> rejected(List<ImportProblem> problems, HttpServletRequest request) {
		Locale locale = ApiErrors.locale(request);
		List<LineError> lines = problems.stream()
			.limit(LISTED)
			.map((problem) -> LineError.of(problem, this.imports.describe(problem, locale)))
			.toList();
		String key = (problems.size() > lines.size()) ? "import.rejected.first" : "import.rejected";
		return this.errors.answer(HttpStatus.BAD_REQUEST, request, key,
				Map.of("count", problems.size(), "listed", lines.size()), lines, problems.size());
	}

	/**
	 * The answer to an import that was applied: what it did, and how the file was read.
	 */
	record Imported<S>(String message, S summary, FileFormat file) {

	}

	/**
	 * One bad line of an imported file, as the answer lists it.
	 *
	 * @param line the line, the header being line 1
	 * @param column the column at fault, if one is
	 * @param value the value at fault
	 * @param problem what is wrong, as a code
	 * @param message what is wrong, in words
	 */
	record LineError(long line, String column, String value, String problem, String message) {

		static LineError of(ImportProblem problem, String message) {
			return new LineError(problem.line(), problem.column(), Imports.quoted(problem.value()),
					problem.problem().name().toLowerCase(Locale.ROOT), message);
		}

	}

}
