package org.classbell.app.settings;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.classbell.notifier.sms.SmsForms.Budget;
import org.classbell.store.school.SchoolSettings;
import org.classbell.store.school.SegmentBudgets;

/**
 * The settings a {@code PUT /api/settings} (or the console's form) gives, every one
 * valid; {@code null} where it leaves one as it is.
 *
 * @param quietFrom the start of the quiet hours, given with their end
 * @param quietTo the end of the quiet hours
 * @param smsTransliterate whether SMS go in Latin letters
 * @param smsSegments the budgets given, by kind; a {@code null} budget returns the kind
 * to the configured default
 * @param phoneRegion the phone region, in capitals
 * @param timeZone the time zone
 * @param teacherQuietFrom the start of the teachers' quiet hours, given with their end
 * @param teacherQuietTo the end of the teachers' quiet hours
 * @param illnessExcuses whether a parent's «Болеет» excuses the absence by itself
 */
public record SettingsChange(LocalTime quietFrom, LocalTime quietTo, Boolean smsTransliterate,
		Map<Budget, Integer> smsSegments, String phoneRegion, ZoneId timeZone, LocalTime teacherQuietFrom,
		LocalTime teacherQuietTo, Boolean illnessExcuses) {

	/**
	 * The settings as they are with this change.
	 */
	public SchoolSettings apply(SchoolSettings current) {
		SchoolSettings changed = current;
		if (this.quietFrom != null) {
			changed = changed.withQuietHours(this.quietFrom, this.quietTo);
		}
		if (this.smsTransliterate != null) {
			changed = changed.withSmsTransliterate(this.smsTransliterate);
		}
		if (!this.smsSegments.isEmpty()) {
			SegmentBudgets budgets = current.smsSegments();
			changed = changed.withSmsSegments(new SegmentBudgets(budget(Budget.ALERT, budgets.alert()),
					budget(Budget.ANNOUNCEMENT, budgets.announcement()), budget(Budget.REPORT, budgets.report())));
		}
		if (this.phoneRegion != null) {
			changed = changed.withPhoneRegion(this.phoneRegion);
		}
		if (this.timeZone != null) {
			changed = changed.withTimeZone(this.timeZone);
		}
		if (this.teacherQuietFrom != null) {
			changed = changed.withStaffQuietHours(this.teacherQuietFrom, this.teacherQuietTo);
		}
		if (this.illnessExcuses != null) {
			changed = changed.withIllnessExcuses(this.illnessExcuses);
		}
		return changed;
	}

	private Integer budget(Budget budget, Integer current) {
		return this.smsSegments.containsKey(budget) ? this.smsSegments.get(budget) : current;
	}

}
