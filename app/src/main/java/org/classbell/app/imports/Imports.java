package org.classbell.app.imports;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.classbell.app.web.ImportProperties;
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
import org.classbell.templates.MessageCatalog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads an uploaded CSV file of a roster, the staff or the timetable, checks it, and
 * imports it, or previews it: imports it in a transaction that is rolled back, so that
 * what it would change is known and nothing is (the listeners of an import work in its
 * transaction and send nothing). The admin API and the console both import through it.
 */
@Service
public class Imports {

	/** Fields longer than the usual {@value FieldLimits#USUAL} characters. */
	static final FieldLimits FIELDS = FieldLimits.of(Map.of("teaches", 2000, "subgroups", 1000));

	/** The most characters of a bad value an answer repeats. */
	static final int QUOTED = 100;

	private final RosterImport roster;

	private final StaffImport staff;

	private final TimetableImport timetable;

	private final MessageCatalog messages;

	private final TransactionTemplate transactions;

	private final long maxBytes;

	Imports(RosterImport roster, StaffImport staff, TimetableImport timetable, MessageCatalog messages,
			PlatformTransactionManager transactions, ImportProperties properties) {
		this.roster = roster;
		this.staff = staff;
		this.timetable = timetable;
		this.messages = messages;
		this.transactions = new TransactionTemplate(transactions);
		this.maxBytes = properties.maxSize().toBytes();
	}

	/** The largest file taken, in bytes. */
	public long maxBytes() {
		return this.maxBytes;
	}

	/**
	 * Reads the file as it arrives and imports it, unless it has problems.
	 * @param length its length if told, or {@code -1}
	 */
	public ImportResult apply(ImportKind kind, School school, InputStream in, long length, Actor actor) {
		if (length > this.maxBytes) {
			return new ImportResult.TooLarge(this.maxBytes);
		}
		CsvFile.Read file;
		try {
			file = CsvFile.read(in, kind.columns(), FIELDS, this.maxBytes);
		}
		catch (TextUpload.TooLarge ex) {
			return new ImportResult.TooLarge(this.maxBytes);
		}
		return importer(kind, school, actor).run(file);
	}

	public ImportResult apply(ImportKind kind, School school, byte[] content, Actor actor) {
		return apply(kind, school, new ByteArrayInputStream(content), content.length, actor);
	}

	/**
	 * What importing the file would do, found by importing it in a transaction that is
	 * then rolled back: nothing is changed.
	 */
	public ImportResult preview(ImportKind kind, School school, byte[] content, Actor actor) {
		return this.transactions.execute((status) -> {
			status.setRollbackOnly();
			return apply(kind, school, content, actor);
		});
	}

	/**
	 * What is wrong, in words in the language.
	 */
	public String describe(ImportProblem problem, Locale locale) {
		Map<String, Object> arguments = new HashMap<>(problem.details());
		arguments.put("column", (problem.column() != null) ? problem.column() : "");
		arguments.put("value", quoted(problem.value()));
		arguments.put("line", problem.line());
		return this.messages.render(locale, problem.problem().key(), arguments);
	}

	/**
	 * A bad value as an answer repeats it: its first {@value #QUOTED} characters.
	 */
	public static String quoted(String value) {
		return (value.length() <= QUOTED) ? value : value.substring(0, QUOTED) + "…";
	}

	private Importer<?> importer(ImportKind kind, School school, Actor actor) {
		SchoolId id = school.id();
		return switch (kind) {
			case ROSTER -> new Importer<>(
					(row) -> new RosterLine(row.line(), row.get("class"), row.get("list_no"), row.get("last_name"),
							row.get("first_name"), row.get("middle_name"), row.get("guardian_name"),
							row.get("guardian_phone"), row.get("guardian_language"), row.get("consent"),
							row.values().containsKey("subgroups") ? row.get("subgroups") : null),
					(lines) -> this.roster.check(school, lines), (lines) -> this.roster.apply(school, lines, actor));
			case STAFF -> new Importer<>(
					(row) -> new StaffLine(row.line(), row.get("last_name"), row.get("first_name"),
							row.get("middle_name"), row.get("role"), row.get("class_teacher_of"), row.get("teaches")),
					this.staff::check, (lines) -> this.staff.apply(id, lines, actor));
			case TIMETABLE -> new Importer<>(
					(row) -> new TimetableLine(row.line(), row.get("class"), row.get("subgroup"), row.get("weekday"),
							row.get("lesson_no"), row.get("starts_at"), row.get("subject"), row.get("teacher")),
					(lines) -> this.timetable.check(id, lines), (lines) -> this.timetable.apply(id, lines, actor));
		};
	}

	/**
	 * How to make the lines of a kind from rows, check them without importing them, and
	 * import them.
	 */
	private record Importer<L>(Function<CsvRow, L> line, Function<List<L>, List<ImportProblem>> check,
			Function<List<L>, ImportOutcome<? extends Record>> apply) {

		/**
		 * When the file's shape is wrong, its problems with every problem of the lines
		 * that could be read; otherwise the outcome of importing the lines.
		 */
		ImportResult run(CsvFile.Read file) {
			List<L> lines = file.rows().stream().map(this.line).toList();
			if (!file.problems().isEmpty()) {
				List<ImportProblem> problems = new ArrayList<>(file.problems().list());
				problems.addAll(this.check.apply(lines));
				problems.sort(Comparator.comparingLong(ImportProblem::line));
				return new ImportResult.Rejected(problems, file.file());
			}
			ImportOutcome<? extends Record> outcome = this.apply.apply(lines);
			if (outcome instanceof ImportOutcome.Rejected<? extends Record> rejected) {
				return new ImportResult.Rejected(rejected.problems(), file.file());
			}
			return new ImportResult.Applied(((ImportOutcome.Applied<? extends Record>) outcome).summary(), file.file());
		}

	}

}
