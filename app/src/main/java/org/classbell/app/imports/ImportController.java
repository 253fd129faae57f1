package org.classbell.app.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.classbell.app.school.DefaultSchool;
import org.classbell.app.web.ApiErrors;
import org.classbell.app.web.ImportProperties;
import org.classbell.app.web.RefusedUpload;
import org.classbell.store.Actor;
import org.classbell.store.SchoolId;
import org.classbell.store.imports.ImportOutcome;
import org.classbell.store.imports.ImportProblem;
import org.classbell.store.roster.RosterImport;
import org.classbell.store.roster.RosterLine;
import org.classbell.store.school.School;
import org.classbell.store.staff.StaffImport;
import org.classbell.store.staff.StaffLine;
import org.classbell.store.timetable.TimetableImport;
import org.classbell.store.timetable.TimetableLine;

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
 * larger than {@link ImportProperties#maxSize()} is answered 413 and not read further;
 * the file is read as it arrives, so memory holds its rows, not its bytes twice over.
 */
@RestController
@RequestMapping("/api/import")
class ImportController {

	static final List<String> ROSTER = List.of("class", "list_no", "last_name", "first_name", "middle_name",
			"guardian_name", "guardian_phone", "guardian_language", "consent");

	static final List<String> STAFF = List.of("last_name", "first_name", "middle_name", "role", "class_teacher_of",
			"teaches");

	static final List<String> TIMETABLE = List.of("class", "subgroup", "weekday", "lesson_no", "starts_at", "subject",
			"teacher");

	/** Fields longer than the usual {@value FieldLimits#USUAL} characters. */
	static final FieldLimits FIELDS = FieldLimits.of(Map.of("teaches", 2000, "subgroups", 1000));

	/** The most bad lines an answer lists. */
	static final int LISTED = 100;

	/** The most characters of a bad value an answer repeats. */
	static final int QUOTED = 100;

	private static final String NOT_A_FORM = "!" + MediaType.MULTIPART_FORM_DATA_VALUE;

	private final RosterImport roster;

	private final StaffImport staff;

	private final TimetableImport timetable;

	private final DefaultSchool school;

	private final ApiErrors errors;

	private final long maxBytes;

	ImportController(RosterImport roster, StaffImport staff, TimetableImport timetable, DefaultSchool school,
			ApiErrors errors, ImportProperties properties) {
		this.roster = roster;
		this.staff = staff;
		this.timetable = timetable;
		this.school = school;
		this.errors = errors;
		this.maxBytes = properties.maxSize().toBytes();
	}

	@PostMapping(path = "/roster", consumes = NOT_A_FORM)
	ResponseEntity<?> roster(HttpServletRequest request) throws IOException {
		return roster(body(request), request);
	}

	private ResponseEntity<?> roster(Body body, HttpServletRequest request) {
		School school = this.school.get();
		return run(body, ROSTER, request,
				(row) -> new RosterLine(row.line(), row.get("class"), row.get("list_no"), row.get("last_name"),
						row.get("first_name"), row.get("middle_name"), row.get("guardian_name"),
						row.get("guardian_phone"), row.get("guardian_language"), row.get("consent"),
						row.values().containsKey("subgroups") ? row.get("subgroups") : null),
				new Importer<>((lines) -> this.roster.check(school, lines),
						(lines) -> this.roster.apply(school, lines, Actor.adminApi())),
				(summary) -> this.errors.message(request, "import.applied.roster", Map.of("lines", summary.lines())));
	}

	@PostMapping(path = "/staff", consumes = NOT_A_FORM)
	ResponseEntity<?> staff(HttpServletRequest request) throws IOException {
		return staff(body(request), request);
	}

	private ResponseEntity<?> staff(Body body, HttpServletRequest request) {
		SchoolId school = this.school.get().id();
		return run(body, STAFF, request,
				(row) -> new StaffLine(row.line(), row.get("last_name"), row.get("first_name"), row.get("middle_name"),
						row.get("role"), row.get("class_teacher_of"), row.get("teaches")),
				new Importer<>(this.staff::check, (lines) -> this.staff.apply(school, lines, Actor.adminApi())),
				(summary) -> this.errors.message(request, "import.applied.staff", Map.of("lines", summary.lines())));
	}

	@PostMapping(path = "/timetable", consumes = NOT_A_FORM)
	ResponseEntity<?> timetable(HttpServletRequest request) throws IOException {
		return timetable(body(request), request);
	}

	private ResponseEntity<?> timetable(Body body, HttpServletRequest request) {
		SchoolId school = this.school.get().id();
		return run(body, TIMETABLE, request,
				(row) -> new TimetableLine(row.line(), row.get("class"), row.get("subgroup"), row.get("weekday"),
						row.get("lesson_no"), row.get("starts_at"), row.get("subject"), row.get("teacher")),
				new Importer<>((lines) -> this.timetable.check(school, lines),
						(lines) -> this.timetable.apply(school, lines, Actor.adminApi())),
				(summary) -> this.errors.message(request, "import.applied.timetable",
						Map.of("lessons", summary.lessons())));
	}

	/**
	 * The same imports with the file uploaded as a form
	 * ({@code curl -F file=@roster.csv}): the first file of the form is the CSV.
	 */
	@PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> upload(@PathVariable String kind, MultipartHttpServletRequest request) throws IOException {
		MultipartFile file = request.getFileMap().values().stream().findFirst().orElse(null);
		Body body = (file != null) ? new Body(file.getSize(), file.getInputStream()) : Body.EMPTY;
		return switch (kind) {
			case "roster" -> roster(body, request);
			case "staff" -> staff(body, request);
			case "timetable" -> timetable(body, request);
			default -> this.errors.answer(HttpStatus.NOT_FOUND, request, "api.error.not_found",
					Map.of("path", request.getRequestURI()));
		};
	}

	private static Body body(HttpServletRequest request) throws IOException {
		return new Body(request.getContentLengthLong(), request.getInputStream());
	}

	/**
	 * Reads the file; when its shape is wrong, reports that with every problem of the
	 * lines that could be read; otherwise imports the lines.
	 */
	private <L, S> ResponseEntity<?> run(Body body, List<String> columns, HttpServletRequest request,
			Function<CsvRow, L> line, Importer<L, S> importer, Function<S, String> message) {
		CsvFile.Read file;
		try {
			if (body.length() > this.maxBytes) {
				throw new TextUpload.TooLarge(this.maxBytes);
			}
			file = CsvFile.read(body.in(), columns, FIELDS, this.maxBytes);
		}
		catch (TextUpload.TooLarge ex) {
			return RefusedUpload.answer(this.errors, request, this.maxBytes);
		}
		List<L> lines = file.rows().stream().map(line).toList();
		if (!file.problems().isEmpty()) {
			List<ImportProblem> problems = new ArrayList<>(file.problems().list());
			problems.addAll(importer.check().apply(lines));
			problems.sort(Comparator.comparingLong(ImportProblem::line));
			return rejected(problems, request);
		}
		ImportOutcome<S> outcome = importer.apply().apply(lines);
		if (outcome instanceof ImportOutcome.Rejected<S> rejected) {
			return rejected(rejected.problems(), request);
		}
		S summary = ((ImportOutcome.Applied<S>) outcome).summary();
		return ResponseEntity.ok(new Imported<>(message.apply(summary), summary, file.file()));
	}

	private ResponseEntity<?> rejected(List<ImportProblem> problems, HttpServletRequest request) {
		List<LineError> lines = problems.stream()
			.limit(LISTED)
			.map((problem) -> LineError.of(problem,
					this.errors.message(request, problem.problem().key(), arguments(problem))))
			.toList();
		String key = (problems.size() > lines.size()) ? "import.rejected.first" : "import.rejected";
		return this.errors.answer(HttpStatus.BAD_REQUEST, request, key,
				Map.of("count", problems.size(), "listed", lines.size()), lines, problems.size());
	}

	private static Map<String, Object> arguments(ImportProblem problem) {
		Map<String, Object> arguments = new java.util.HashMap<>(problem.details());
		arguments.put("column", (problem.column() != null) ? problem.column() : "");
		arguments.put("value", quoted(problem.value()));
		arguments.put("line", problem.line());
		return arguments;
	}

	/**
	 * A bad value as an answer repeats it: its first {@value #QUOTED} characters.
	 */
	static String quoted(String value) {
		return (value.length() <= QUOTED) ? value : value.substring(0, QUOTED) + "…";
	}

	/**
	 * An uploaded file: its length, if told ({@code -1} if not), and its bytes.
	 */
	private record Body(long length, InputStream in) {

		static final Body EMPTY = new Body(0, InputStream.nullInputStream());

	}

	/**
	 * How to check lines without importing them, and how to import them.
	 */
	private record Importer<L, S>(Function<List<L>, List<ImportProblem>> check,
			Function<List<L>, ImportOutcome<S>> apply) {

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
			return new LineError(problem.line(), problem.column(), quoted(problem.value()),
					problem.problem().name().toLowerCase(java.util.Locale.ROOT), message);
		}

	}

}
