package org.classbell.store.journal;

import java.util.Locale;

/**
 * A behaviour note is praise or a remark.
 */
public enum NoteKind {

	PRAISE, REMARK;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
