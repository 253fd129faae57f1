package org.classbell.store.school;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.classbell.store.SchoolId;

/**
 * A school and the settings every message to its families depends on.
 *
 * @param id the school
 * @param code the short name the admin API names it by, such as {@code sch8}
 * @param name its name as configured
 * @param timeZone the zone "today", quiet hours and schedules are computed in
 * @param phoneRegion the ISO region phone numbers without a country code are read in
 * @param quietFrom start of the quiet hours that hold non-urgent messages
 * @param quietTo end of the quiet hours
 * @param smsTransliterate whether SMS text is transliterated to GSM-7 to cut its cost
 * @param smsSegments the school's own SMS budgets, where it set them
 * @param staffQuietFrom start of the teachers' quiet hours, which hold parents' messages
 * to them
 * @param staffQuietTo end of the teachers' quiet hours
 * @param illnessExcuses whether a parent's «Болеет» answer to an absence alert excuses
 * the absence by itself
 * @param smsSender who the school's SMS come from, where it has a sender of its own
 */
public record School(SchoolId id, String code, String name, ZoneId timeZone, String phoneRegion, LocalTime quietFrom,
		LocalTime quietTo, boolean smsTransliterate, SegmentBudgets smsSegments, LocalTime staffQuietFrom,
		LocalTime staffQuietTo, boolean illnessExcuses, SmsSender smsSender) {

	/** The form of a school's code: lower-case Latin letters, digits and hyphens. */
	public static final String CODE_FORM = "[a-z0-9][a-z0-9-]{0,31}";

	/**
	 * Codes no school may take: the names of the common template directories.
	 */
	private static final Set<String> RESERVED = Set.of("ru", "en");

	/**
	 * Whether a text is a well-formed school code (not one of the languages, whose
	 * template directories are every school's).
	 */
	public static boolean isCode(String text) {
		return text != null && text.matches(CODE_FORM) && !RESERVED.contains(text);
	}

	/**
	 * What the school's administration sets.
	 */
	public SchoolSettings settings() {
		return new SchoolSettings(this.timeZone, this.phoneRegion, this.quietFrom, this.quietTo, this.smsTransliterate,
				this.smsSegments, this.staffQuietFrom, this.staffQuietTo, this.illnessExcuses);
	}

}
