package org.classbell.notifier.sms;

import org.classbell.notifier.NotifierProperties;
import org.classbell.templates.sms.Sms;
import org.classbell.templates.sms.SmsText;

import org.springframework.stereotype.Component;

/**
 * The SMS form of a text: typographic characters replaced by their GSM-7 look-alikes,
 * transliterated to Latin where the school chose it (a Latin segment holds 160
 * characters, a Cyrillic one 70), and cut to the segment budget of its kind.
 */
@Component
public class SmsForms {

	private final NotifierProperties.Sms budgets;

	public SmsForms(NotifierProperties properties) {
		this.budgets = properties.sms();
	}

	public String sms(String text, boolean transliterate, Budget budget) {
		return SmsText.compose(text, transliterate, segments(budget)).text();
	}

	/**
	 * The SMS form, with the hint after the cut when the text had to be cut.
	 */
	public String sms(String text, boolean transliterate, Budget budget, String hint) {
		return SmsText.compose(text, transliterate, segments(budget), hint).text();
	}

	/**
	 * The segments an SMS text takes, as Twilio bills it.
	 */
	public static int segments(String text) {
		Sms sms = SmsText.measure(text);
		return sms.segments();
	}

	private int segments(Budget budget) {
		return switch (budget) {
			case ALERT -> this.budgets.alertSegments();
			case ANNOUNCEMENT -> this.budgets.announcementSegments();
			case REPORT -> this.budgets.reportSegments();
		};
	}

	/**
	 * The budget a kind of message takes.
	 */
	public enum Budget {

		/** Absence alerts, praise and remarks, corrections. */
		ALERT,
		/** Announcements. */
		ANNOUNCEMENT,
		/** Progress reports. */
		REPORT;

		public static Budget of(String kind) {
			return switch (kind) {
				case "announcement" -> ANNOUNCEMENT;
				case "report" -> REPORT;
				default -> ALERT;
			};
		}

	}

}
