package org.classbell.store.school;

/**
 * A school's own SMS segment budget for each kind of message; {@code null} where the
 * school keeps the deployment's default ({@code CLASSBELL_NOTIFIER_SMS_*_SEGMENTS}).
 *
 * @param alert absence alerts, praise and remarks, corrections
 * @param announcement announcements
 * @param report progress reports and digests
 */
public record SegmentBudgets(Integer alert, Integer announcement, Integer report) {

	/** The fewest segments a budget may allow. */
	public static final int MIN = 1;

	/** The most segments a budget may allow. */
	public static final int MAX = 10;

	/** No budget of the school's own: every kind takes the default. */
	public static final SegmentBudgets DEFAULTS = new SegmentBudgets(null, null, null);

	public SegmentBudgets {
		check(alert);
		check(announcement);
		check(report);
	}

	/**
	 * Whether a budget of this many segments may be set.
	 */
	public static boolean allows(long segments) {
		return segments >= MIN && segments <= MAX;
	}

	private static void check(Integer segments) {
		if (segments != null && !allows(segments)) {
			throw new IllegalArgumentException("An SMS budget is " + MIN + " to " + MAX + " segments");
		}
	}

}
