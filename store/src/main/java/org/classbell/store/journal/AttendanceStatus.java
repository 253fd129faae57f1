package org.classbell.store.journal;

import java.util.Locale;

/**
 * How a student attended a lesson or a day.
 */
public enum AttendanceStatus {

	ABSENT, LATE, EXCUSED;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static AttendanceStatus of(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
