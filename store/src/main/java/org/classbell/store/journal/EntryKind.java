package org.classbell.store.journal;

import java.util.Locale;

/**
 * What a journal entry recorded.
 */
public enum EntryKind {

	ABSENCE, LATENESS, EXCUSE, MARKS, PRAISE, REMARK, HOMEWORK, ROLL_CALL;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static EntryKind of(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
