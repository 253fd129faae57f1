package org.classbell.store.school;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;

import org.classbell.store.SchoolId;

/**
 * When a school's periodic reports go out, in its time zone.
 *
 * @param school the school
 * @param zone its time zone
 * @param dailyAt the daily report, on school days (default 18:00)
 * @param weeklyDay the day of the weekly report (default Friday)
 * @param weeklyAt the time of the weekly report (default 17:00)
 * @param monthlyAt the monthly report, on the month's last school day (default 18:00)
 * @param termAt the term's report, on its last day (default 18:00)
 */
public record SchoolSchedule(SchoolId school, ZoneId zone, LocalTime dailyAt, DayOfWeek weeklyDay, LocalTime weeklyAt,
		LocalTime monthlyAt, LocalTime termAt) {

}
