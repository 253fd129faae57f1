package org.classbell.app.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a file imports, and the columns its header must name.
 */
public enum ImportKind {

	/** Students and their guardians. */
	ROSTER("class", "list_no", "last_name", "first_name", "middle_name", "guardian_name", "guardian_phone",
			"guardian_language", "consent"),
	/** Teachers and admins, their classes and subjects. */
	STAFF("last_name", "first_name", "middle_name", "role", "class_teacher_of", "teaches"),
	/** The weekly timetable. */
	TIMETABLE("class", "subgroup", "weekday", "lesson_no", "starts_at", "subject", "teacher");

	private final List<String> columns;

	ImportKind(String... columns) {
		this.columns = List.of(columns);
	}

	public List<String> columns() {
		return this.columns;
	}

	/** As URLs and forms name it: {@code roster}, {@code staff}, {@code timetable}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ImportKind> of(String code) {
		return Arrays.stream(values()).filter((kind) -> kind.code().equals(code)).findFirst();
	}

}
