package org.classbell.notifier.outbox;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SMS segments spent (the parts the provider bills) per day of a period, and per month of
 * those days, by the day a message was sent in the school's time zone.
 *
 * @param days every day of the period, in order, with or without segments
 * @param months every month the period touches, with the segments of its days in the
 * period
 */
public record SmsSegments(List<Day> days, List<Month> months) {

	public SmsSegments {
		days = List.copyOf(days);
		months = List.copyOf(months);
	}

	static SmsSegments of(List<Day> days) {
		Map<YearMonth, Integer> months = new LinkedHashMap<>();
		days.forEach((day) -> months.merge(YearMonth.from(day.day()), day.segments(), Integer::sum));
		List<Month> perMonth = new ArrayList<>();
		months.forEach((month, segments) -> perMonth.add(new Month(month, segments)));
		return new SmsSegments(days, perMonth);
	}

	/**
	 * Every segment of the period.
	 */
	public int total() {
		return this.days.stream().mapToInt(Day::segments).sum();
	}

	/**
	 * The segments of one day.
	 */
	public record Day(LocalDate day, int segments) {

	}

	/**
	 * The segments of one month's days in the period.
	 */
	public record Month(YearMonth month, int segments) {

	}

}
