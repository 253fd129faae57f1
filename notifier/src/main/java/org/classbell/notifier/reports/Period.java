package org.classbell.notifier.reports;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a report covers, both included.
 *
 * @param from the first day
 * @param to the last day
 */
public record Period(LocalDate from, LocalDate to) {

	private static final Pattern RANGE = Pattern
		.compile("(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{2,4}))?\\s*[-–—]\\s*(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{2,4}))?");

	public Period {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("A period ends after it starts");
		}
	}

	/**
	 * The days a person named as a range, such as {@code 01.11-15.11} (in the year that
	 * puts its end on or before today) or {@code 01.09.2026-25.11.2026}, at most a year
	 * long; empty when the words are no such range. Named periods ({@code week},
	 * {@code term}) are {@link ReportKind}s.
	 */
	public static Optional<Period> parse(String text, LocalDate today) {
		return range(text.strip().toLowerCase(Locale.ROOT), today);
	}

	/**
	 * The period to compare this one with: as many days just before it, aligned to the
	 * week or the month when this one starts on a Monday or on the 1st; empty for a
	 * single day, which has nothing useful to compare with.
	 */
	public Optional<Period> previous() {
		if (this.from.equals(this.to)) {
			return Optional.empty();
		}
		if (this.from.getDayOfMonth() == 1 && this.to.getMonth() == this.from.getMonth()) {
			LocalDate start = this.from.minusMonths(1);
			int lastDay = Math.min(this.to.getDayOfMonth(), start.lengthOfMonth());
			return Optional.of(new Period(start, start.withDayOfMonth(lastDay)));
		}
		long days = ChronoUnit.DAYS.between(this.from, this.to) + 1;
		if (this.from.getDayOfWeek() == DayOfWeek.MONDAY && days <= 7) {
			return Optional.of(new Period(this.from.minusWeeks(1), this.to.minusWeeks(1)));
		}
		return Optional.of(new Period(this.from.minusDays(days), this.from.minusDays(1)));
	}

	/**
	 * Whether the day falls in the period.
	 */
	public boolean contains(LocalDate day) {
		return !day.isBefore(this.from) && !day.isAfter(this.to);
	}

	private static Optional<Period> range(String text, LocalDate today) {
		Matcher matcher = RANGE.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		try {
			LocalDate to = day(matcher.group(4), matcher.group(5), matcher.group(6), today);
			LocalDate from = day(matcher.group(1), matcher.group(2), matcher.group(3), to);
			if (from.isAfter(to) || from.plusYears(1).isBefore(to)) {
				return Optional.empty();
			}
			return Optional.of(new Period(from, to));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A day and month, in the year that puts it on or before the limit when no year is
	 * given.
	 */
	private static LocalDate day(String day, String month, String year, LocalDate limit) {
		MonthDay monthDay = MonthDay.of(Integer.parseInt(month), Integer.parseInt(day));
		if (year != null) {
			int number = Integer.parseInt(year);
			return monthDay.atYear((number < 100) ? 2000 + number : number);
		}
		LocalDate date = monthDay.atYear(limit.getYear());
		return date.isAfter(limit) ? monthDay.atYear(limit.getYear() - 1) : date;
	}

}
