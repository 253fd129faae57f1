package org.classbell.store.staff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.classbell.store.Names;
import org.classbell.store.PersonName;
import org.classbell.store.imports.ImportProblem;
import org.classbell.store.imports.LineProblems;
import org.classbell.store.imports.Problem;
import org.classbell.store.roster.ClassName;

/**
 * Checks staff lines, each on its own and against each other, collecting every problem.
 */
final class StaffRows {

	private StaffRows() {
	}

	static List<StaffRow> check(List<StaffLine> lines, LineProblems problems) {
		List<StaffRow> rows = new ArrayList<>();
		for (StaffLine line : lines) {
			int before = problems.size();
			StaffRow row = row(line, problems);
			if (problems.size() == before) {
				rows.add(row);
			}
		}
		Map<String, StaffRow> byName = new HashMap<>();
		Map<String, StaffRow> byClass = new HashMap<>();
		for (StaffRow row : rows) {
			StaffRow same = byName.putIfAbsent(row.name().key(), row);
			if (same != null) {
				problems.add(ImportProblem.conflict(row.line(), "last_name", Problem.DUPLICATE_PERSON,
						row.name().full(), same.line()));
			}
			row.classTeacherOf().ifPresent((className) -> {
				StaffRow other = byClass.putIfAbsent(className.key(), row);
				if (other != null) {
					problems.add(ImportProblem.conflict(row.line(), "class_teacher_of", Problem.DUPLICATE_CLASS_TEACHER,
							className.display(), other.line()));
				}
			});
		}
		return rows;
	}

	private static StaffRow row(StaffLine line, LineProblems problems) {
		long no = line.line();
		Optional<String> last = problems.required(no, "last_name", line.lastName());
		Optional<String> first = problems.required(no, "first_name", line.firstName());
		Optional<Role> role = problems.required(no, "role", line.role())
			.flatMap((text) -> problems.parsed(no, "role", text, Problem.BAD_ROLE, Role::parse));
		Optional<ClassName> classTeacherOf = Optional.empty();
		if (!Names.clean(line.classTeacherOf()).isEmpty()) {
			classTeacherOf = problems.parsed(no, "class_teacher_of", line.classTeacherOf(), Problem.BAD_CLASS,
					ClassName::parse);
		}
		List<Teaching> teaches = new ArrayList<>();
		for (String item : Names.clean(line.teaches()).split(";")) {
			if (item.isBlank()) {
				continue;
			}
			teaching(item).ifPresentOrElse(teaches::add,
					() -> problems.add(no, "teaches", Problem.BAD_TEACHES, item.strip()));
		}
		if (last.isEmpty() || first.isEmpty() || role.isEmpty()) {
			return null;
		}
		return new StaffRow(no, new PersonName(last.get(), first.get(), line.middleName()), role.get(), classTeacherOf,
				teaches);
	}

	private static Optional<Teaching> teaching(String item) {
		int colon = item.indexOf(':');
		if (colon < 0) {
			return Optional.empty();
		}
		String subject = Names.clean(item.substring(colon + 1));
		return ClassName.parse(item.substring(0, colon))
			.filter((className) -> !subject.isEmpty())
			.map((className) -> new Teaching(className, subject));
	}

	record StaffRow(long line, PersonName name, Role role, Optional<ClassName> classTeacherOf, List<Teaching> teaches) {

	}

	record Teaching(ClassName className, String subject) {

	}

}
