package org.classbell.store.school;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a school's administration sets for all its families: the time zone, the phone
 * region, the quiet hours and how SMS are written.
 *
 * @param timeZone the zone "today", quiet hours and schedules are computed in
 * @param phoneRegion the ISO region phone numbers without a country code are read in
 * @param quietFrom start of the quiet hours that hold non-urgent messages
 * @param quietTo end of the quiet hours
 * @param smsTransliterate whether SMS text is transliterated to GSM-7 to cut its cost
 * @param smsSegments the school's own SMS budgets, where it set them
 */
public record SchoolSettings(ZoneId timeZone, String phoneRegion, LocalTime quietFrom, LocalTime quietTo,
		boolean smsTransliterate, SegmentBudgets smsSegments) {

	public SchoolSettings {
		Objects.requireNonNull(timeZone, "timeZone");
		Objects.requireNonNull(quietFrom, "quietFrom");
		Objects.requireNonNull(quietTo, "quietTo");
		Objects.requireNonNull(smsSegments, "smsSegments");
		if (phoneRegion == null || !phoneRegion.matches("[A-Z]{2}")) {
			throw new IllegalArgumentException("A phone region is two capital letters, such as RU");
		}
	}

	public SchoolSettings withTimeZone(ZoneId zone) {
		return new SchoolSettings(zone, this.phoneRegion, this.quietFrom, this.quietTo, this.smsTransliterate,
				this.smsSegments);
	}

	public SchoolSettings withPhoneRegion(String region) {
		return new SchoolSettings(this.timeZone, region, this.quietFrom, this.quietTo, this.smsTransliterate,
				this.smsSegments);
	}

	public SchoolSettings withQuietHours(LocalTime from, LocalTime to) {
		return new SchoolSettings(this.timeZone, this.phoneRegion, from, to, this.smsTransliterate, this.smsSegments);
	}

	public SchoolSettings withSmsTransliterate(boolean transliterate) {
		return new SchoolSettings(this.timeZone, this.phoneRegion, this.quietFrom, this.quietTo, transliterate,
				this.smsSegments);
	}

	public SchoolSettings withSmsSegments(SegmentBudgets segments) {
		return new SchoolSettings(this.timeZone, this.phoneRegion, this.quietFrom, this.quietTo, this.smsTransliterate,
				segments);
	}

}
