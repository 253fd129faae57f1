package org.classbell.notifier;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notifier ({@code classbell.notifier.*}).
 *
 * @param mergeWindow absences of one child logged within this window make one alert
 * ({@code CLASSBELL_NOTIFIER_MERGE_WINDOW})
 * @param sms how many segments an SMS of each kind may take
 */
@ConfigurationProperties("classbell.notifier")
public record NotifierProperties(@DefaultValue("2m") Duration mergeWindow, @DefaultValue Sms sms) {

	public NotifierProperties {
		if (mergeWindow.isNegative()) {
			throw new IllegalArgumentException("classbell.notifier.merge-window must not be negative");
		}
	}

	/**
	 * Segment budgets of SMS ({@code CLASSBELL_NOTIFIER_SMS_*_SEGMENTS}): a text longer
	 * than its budget is cut, with an ellipsis. A Cyrillic segment holds 70 characters
	 * (67 when the text takes several), a Latin one 160 (153).
	 *
	 * @param alertSegments absence alerts, praise and remarks, corrections
	 * @param announcementSegments announcements
	 * @param reportSegments progress reports
	 */
	public record Sms(@DefaultValue("1") int alertSegments, @DefaultValue("3") int announcementSegments,
			@DefaultValue("3") int reportSegments) {

		public Sms {
			if (alertSegments < 1 || announcementSegments < 1 || reportSegments < 1) {
				throw new IllegalArgumentException("classbell.notifier.sms.*-segments must be at least 1");
			}
		}

	}

}
