package org.classbell.store.journal;

import java.util.Locale;

/**
 * What one fact of the journal is, as an export names it: a mark, an absence, a lateness,
 * an excused absence, or homework set for the class.
 */
public enum FactKind {

	MARK, ABSENT, LATE, EXCUSED, HOMEWORK;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static FactKind of(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
