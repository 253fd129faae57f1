package org.classbell.notifier.sms;

import org.classbell.notifier.NotifierProperties;
import org.classbell.store.school.SegmentBudgets;
import org.classbell.templates.sms.Sms;
import org.classbell.templates.sms.SmsText;

import org.springframework.stereotype.Component;

/**
 * The SMS form of a text: typographic characters replaced by their GSM-7 look-alikes,
 * transliterated to Latin where the school chose it (a Latin segment holds 160
 * characters, a Cyrillic one 70), and cut to the segment budget of its kind: the school's
 * own where it set one, else the configured default.
 */
@Component
public class SmsForms {

	/** A budget no text of ours reaches, to see a text whole. */
	private static final int UNCUT = 100;

	private final NotifierProperties.Sms defaults;

	public SmsForms(NotifierProperties properties) {
		this.defaults = properties.sms();
	}

	/**
	 * How a text of this kind is written for a school: in Latin letters where it chose
	 * them, within its budget.
	 * @param school the school's own budgets, where it set them
	 */
	public Form form(Budget budget, boolean transliterate, SegmentBudgets school) {
		return new Form(transliterate, segments(budget, school));
	}

	/**
	 * The SMS form of a text.
	 */
	public String sms(String text, Form form) {
		return SmsText.compose(text, form.transliterate(), form.segments()).text();
	}

	/**
	 * The SMS form of a text followed by a tail on a line of its own, such as how to
	 * answer it, when both fit the form's budget; else of the text alone, the tail left
	 * out.
	 */
	public String sms(String text, String tail, Form form) {
		String both = text + "\n" + tail;
		String fitted = sms(both, form);
		return fitted.equals(SmsText.compose(both, form.transliterate(), UNCUT).text()) ? fitted : sms(text, form);
	}

	/**
	 * The segments a message of this kind may take: the school's budget where it set one,
	 * else the configured default.
	 */
	public int segments(Budget budget, SegmentBudgets school) {
		Integer own = switch (budget) {
			case ALERT -> school.alert();
			case ANNOUNCEMENT -> school.announcement();
			case REPORT -> school.report();
		};
		return (own != null) ? own : defaultSegments(budget);
	}

	/**
	 * The configured budget of a kind ({@code CLASSBELL_NOTIFIER_SMS_*_SEGMENTS}).
	 */
	public int defaultSegments(Budget budget) {
		return switch (budget) {
			case ALERT -> this.defaults.alertSegments();
			case ANNOUNCEMENT -> this.defaults.announcementSegments();
			case REPORT -> this.defaults.reportSegments();
		};
	}

	/**
	 * The segments an SMS text takes, as Twilio bills it.
	 */
	public static int segments(String text) {
		Sms sms = SmsText.measure(text);
		return sms.segments();
	}

	/**
	 * How a school's SMS of one kind are written.
	 *
	 * @param transliterate in Latin letters (GSM-7) rather than as written
	 * @param segments the most segments one may take
	 */
	public record Form(boolean transliterate, int segments) {

		public Form {
			if (segments < 1) {
				throw new IllegalArgumentException("An SMS takes at least one segment");
			}
		}

	}

	/**
	 * The budget a kind of message takes.
	 */
	public enum Budget {

		/** Absence alerts, praise and remarks, corrections. */
		ALERT,
		/** Announcements. */
		ANNOUNCEMENT,
		/** Progress reports and digests. */
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
