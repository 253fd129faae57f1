package org.classbell.store.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.classbell.store.Language;
import org.classbell.store.Names;
import org.classbell.store.PersonName;
import org.classbell.store.imports.ImportProblem;
import org.classbell.store.imports.LineProblems;
import org.classbell.store.imports.Problem;

/**
 * Checks roster lines, each on its own and against each other, collecting every problem.
 */
final class RosterRows {

	private RosterRows() {
	}

	static List<RosterRow> check(List<RosterLine> lines, String phoneRegion, LineProblems problems) {
		List<RosterRow> rows = new ArrayList<>(lines.size());
		for (RosterLine line : lines) {
			int before = problems.size();
			RosterRow row = row(line, phoneRegion, problems);
			if (problems.size() == before) {
				rows.add(row);
			}
		}
		crossCheck(rows, problems);
		return rows;
	}

	private static RosterRow row(RosterLine line, String region, LineProblems problems) {
		long no = line.line();
		Optional<ClassName> className = problems.required(no, "class", line.className())
			.flatMap((text) -> problems.parsed(no, "class", text, Problem.BAD_CLASS, ClassName::parse));
		Optional<Integer> listNo = problems.required(no, "list_no", line.listNo())
			.flatMap((text) -> problems.number(no, "list_no", text, 1, 999));
		Optional<String> last = problems.required(no, "last_name", line.lastName());
		Optional<String> first = problems.required(no, "first_name", line.firstName());
		Optional<RosterRow.GuardianRow> guardian = guardian(line, region, problems);
		if (className.isEmpty() || listNo.isEmpty() || last.isEmpty() || first.isEmpty()) {
			return null;
		}
		return new RosterRow(no, className.get(), listNo.get(),
				new PersonName(last.get(), first.get(), line.middleName()), guardian, subgroups(line.subgroups()));
	}

	private static Optional<RosterRow.GuardianRow> guardian(RosterLine line, String region, LineProblems problems) {
		long no = line.line();
		String name = Names.clean(line.guardianName());
		String phoneText = Names.clean(line.guardianPhone());
		String languageText = Names.clean(line.guardianLanguage());
		if (name.isEmpty()) {
			if (!phoneText.isEmpty() || !languageText.isEmpty() || consent(Names.clean(line.consent())).orElse(true)) {
				problems.add(no, "guardian_name", Problem.GUARDIAN_INCOMPLETE, "");
			}
			return Optional.empty();
		}
		Optional<PhoneNumber> phone = Optional.empty();
		if (!phoneText.isEmpty()) {
			phone = problems.parsed(no, "guardian_phone", line.guardianPhone(), Problem.BAD_PHONE,
					(text) -> PhoneNumber.parse(text, region));
		}
		Optional<Language> language = Optional.empty();
		if (!languageText.isEmpty()) {
			language = problems.parsed(no, "guardian_language", line.guardianLanguage(), Problem.BAD_LANGUAGE,
					Language::parse);
		}
		Optional<Boolean> consent = problems.parsed(no, "consent", line.consent(), Problem.BAD_CONSENT,
				RosterRows::consent);
		return Optional.of(new RosterRow.GuardianRow(name, phone, language, consent.orElse(false)));
	}

	/**
	 * The subgroups named, each once; {@code null} when the file has no subgroups column.
	 */
	private static List<String> subgroups(String text) {
		if (text == null) {
			return null;
		}
		Map<String, String> names = new java.util.LinkedHashMap<>();
		for (String name : text.split("[;,]")) {
			if (!Names.clean(name).isEmpty()) {
				names.putIfAbsent(Names.key(name), Names.clean(name));
			}
		}
		return List.copyOf(names.values());
	}

	private static Optional<Boolean> consent(String text) {
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "yes", "y", "true", "1", "да", "д", "+" -> Optional.of(true);
			case "", "no", "n", "false", "0", "нет", "н", "-" -> Optional.of(false);
			default -> Optional.empty();
		};
	}

	private static void crossCheck(List<RosterRow> rows, LineProblems problems) {
		Map<String, RosterRow> byListNo = new HashMap<>();
		Map<String, RosterRow> byStudent = new HashMap<>();
		Map<String, RosterRow> byPhone = new HashMap<>();
		for (RosterRow row : rows) {
			RosterRow sameNumber = byListNo.putIfAbsent(row.className().key() + "#" + row.listNo(), row);
			if (sameNumber != null && !sameNumber.studentKey().equals(row.studentKey())) {
				problems.add(ImportProblem.conflict(row.line(), "list_no", Problem.DUPLICATE_LIST_NO,
						String.valueOf(row.listNo()), sameNumber.line()));
			}
			RosterRow sameStudent = byStudent.putIfAbsent(row.studentKey(), row);
			if (sameStudent != null && sameStudent.listNo() != row.listNo()) {
				problems.add(ImportProblem.conflict(row.line(), "list_no", Problem.CONFLICTING_LIST_NO,
						String.valueOf(row.listNo()), sameStudent.line()));
			}
			row.guardian().flatMap(RosterRow.GuardianRow::phone).ifPresent((phone) -> {
				RosterRow samePhone = byPhone.putIfAbsent(phone.e164(), row);
				if (samePhone != null && !sameGuardian(samePhone.guardian().get(), row.guardian().get())) {
					problems.add(ImportProblem.conflict(row.line(), "guardian_phone", Problem.CONFLICTING_GUARDIAN,
							phone.e164(), samePhone.line()));
				}
			});
		}
	}

	private static boolean sameGuardian(RosterRow.GuardianRow a, RosterRow.GuardianRow b) {
		return Names.key(a.name()).equals(Names.key(b.name())) && Objects.equals(a.language(), b.language())
				&& a.consent() == b.consent();
	}

}
