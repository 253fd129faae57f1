package org.classbell.store.roster;

import java.util.Locale;

/**
 * How often a guardian gets the progress report without asking.
 */
public enum ReportFrequency {

	NONE, DAILY, WEEKLY, MONTHLY;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ReportFrequency of(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
