package org.classbell.store.school;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a school's administration sets for all its families: the time zone, the phone
 * region, the quiet hours, how SMS are written, the teachers' quiet hours and whether a
 * parent's «Болеет» excuses an absence by itself.
 *
 * @param timeZone the zone "today", quiet hours and schedules are computed in
 * @param phoneRegion the ISO region phone numbers without a country code are read in
 * @param quietFrom start of the quiet hours that hold non-urgent messages
 * @param quietTo end of the quiet hours
 * @param smsTransliterate whether SMS text is transliterated to GSM-7 to cut its cost
 * @param smsSegments the school's own SMS budgets, where it set them
 * @param staffQuietFrom start of the teachers' quiet hours, which hold parents' messages
 * to them
 * @param staffQuietTo end of the teachers' quiet hours
 * @param illnessExcuses whether a parent's «Болеет» answer excuses the absence by itself
 */
public record SchoolSettings(ZoneId timeZone, String phoneRegion, LocalTime quietFrom, LocalTime quietTo,
		boolean smsTransliterate, SegmentBudgets smsSegments, LocalTime staffQuietFrom, LocalTime staffQuietTo,
		boolean illnessExcuses) {

	/** The teachers' quiet hours a school starts with. */
	public static final LocalTime STAFF_QUIET_FROM = LocalTime.of(20, 0);

	/** The end of the teachers' quiet hours a school starts with. */
	public static final LocalTime STAFF_QUIET_TO = LocalTime.of(8, 0);

	public SchoolSettings {
		Objects.requireNonNull(timeZone, "timeZone");
		Objects.requireNonNull(quietFrom, "quietFrom");
		Objects.requireNonNull(quietTo, "quietTo");
		Objects.requireNonNull(smsSegments, "smsSegments");
		Objects.requireNonNull(staffQuietFrom, "staffQuietFrom");
		Objects.requireNonNull(staffQuietTo, "staffQuietTo");
		if (phoneRegion == null || !phoneRegion.matches("[A-Z]{2}")) {
			throw new IllegalArgumentException("A phone region is two capital letters, such as RU");
		}
	}

	/**
	 * Settings with the teachers' quiet hours and the «Болеет» setting a school starts
	 * with.
	 */
	public SchoolSettings(ZoneId timeZone, String phoneRegion, LocalTime quietFrom, LocalTime quietTo,
			boolean smsTransliterate, SegmentBudgets smsSegments) {
		this(timeZone, phoneRegion, quietFrom, quietTo, smsTransliterate, smsSegments, STAFF_QUIET_FROM, STAFF_QUIET_TO,
				false);
	}

	public SchoolSettings withTimeZone(ZoneId zone) {
		return new SchoolSettings(zone, this.phoneRegion, this.quietFrom, this.quietTo, this.smsTransliterate,
				this.smsSegments, this.staffQuietFrom, this.staffQuietTo, this.illnessExcuses);
	}

	public SchoolSettings withPhoneRegion(String region) {
		return new SchoolSettings(this.timeZone, region, this.quietFrom, this.quietTo, this.smsTransliterate,
				this.smsSegments, this.staffQuietFrom, this.staffQuietTo, this.illnessExcuses);
	}

	public SchoolSettings withQuietHours(LocalTime from, LocalTime to) {
		return new SchoolSettings(this.timeZone, this.phoneRegion, from, to, this.smsTransliterate, this.smsSegments,
				this.staffQuietFrom, this.staffQuietTo, this.illnessExcuses);
	}

	public SchoolSettings withSmsTransliterate(boolean transliterate) {
		return new SchoolSettings(this.timeZone, this.phoneRegion, this.quietFrom, this.quietTo, transliterate,
				this.smsSegments, this.staffQuietFrom, this.staffQuietTo, this.illnessExcuses);
	}

	public SchoolSettings withSmsSegments(SegmentBudgets segments) {
		return new SchoolSettings(this.timeZone, this.phoneRegion, this.quietFrom, this.quietTo, this.smsTransliterate,
				segments, this.staffQuietFrom, this.staffQuietTo, this.illnessExcuses);
	}

	public SchoolSettings withStaffQuietHours(LocalTime from, LocalTime to) {
		return new SchoolSettings(this.timeZone, this.phoneRegion, this.quietFrom, this.quietTo, this.smsTransliterate,
				this.smsSegments, from, to, this.illnessExcuses);
	}

	public SchoolSettings withIllnessExcuses(boolean excuses) {
		return new SchoolSettings(this.timeZone, this.phoneRegion, this.quietFrom, this.quietTo, this.smsTransliterate,
				this.smsSegments, this.staffQuietFrom, this.staffQuietTo, excuses);
	}

}
