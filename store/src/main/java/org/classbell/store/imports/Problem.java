package org.classbell.store.imports;

/**
 * What can be wrong with a line of an imported file. Each has a message in the catalogue
 * under {@code import.problem.<name in lower case>}.
 */
public enum Problem {

	/** A column that must have a value is empty. */
	REQUIRED,
	/** Not a class name such as {@code 5А} or {@code 11 Б}. */
	BAD_CLASS,
	/** Not a whole number in the allowed range. */
	BAD_NUMBER,
	/** Not a phone number that can be reached. */
	BAD_PHONE,
	/** Not {@code ru} or {@code en}. */
	BAD_LANGUAGE,
	/** Not {@code yes} or {@code no}. */
	BAD_CONSENT,
	/** Not {@code teacher} or {@code admin}. */
	BAD_ROLE,
	/** Not a time of day as {@code HH:MM}. */
	BAD_TIME,
	/** Not {@code class:subject} pairs separated by {@code ;}. */
	BAD_TEACHES,
	/** A guardian is named without a name, or given only in part. */
	GUARDIAN_INCOMPLETE,
	/** Another line gives this class-register number to a different student. */
	DUPLICATE_LIST_NO,
	/** Another line gives this student a different class-register number. */
	CONFLICTING_LIST_NO,
	/** Another line gives this phone to a guardian with other details. */
	CONFLICTING_GUARDIAN,
	/** Another line has the same person. */
	DUPLICATE_PERSON,
	/** Another line names another class teacher for this class. */
	DUPLICATE_CLASS_TEACHER,
	/** Another line has a lesson in this slot. */
	DUPLICATE_LESSON,
	/** No staff member has this name. */
	UNKNOWN_TEACHER,
	/** Several staff members have this name. */
	AMBIGUOUS_TEACHER,
	/** The line has more or fewer fields than the header. */
	BAD_FIELD_COUNT,
	/** The header lacks a column the format needs. */
	MISSING_COLUMN,
	/** The file is not UTF-8 text. */
	NOT_UTF8,
	/**
	 * The file is not text in an encoding that is read (UTF-8, UTF-16, Windows-1251,
	 * KOI8-R), or has bytes that are not text in the one it was read in.
	 */
	NOT_TEXT,
	/** The file has a header and no lines, or nothing at all. */
	EMPTY_FILE,
	/** The file cannot be read as CSV, such as a quote that is never closed. */
	MALFORMED,
	/** A field is longer than its column takes. */
	TOO_LONG;

	public String key() {
		return "import.problem." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
