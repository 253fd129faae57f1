package org.classbell.store.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The days a monitoring figure is about, both included, as dates in the school's time
 * zone: at most {@value #MAX_DAYS} of them.
 *
 * @param from the first day
 * @param to the last day
 */
public record DayRange(LocalDate from, LocalDate to) {

	/** The longest period a report may cover. */
	public static final int MAX_DAYS = 366;

	public DayRange {
		if (from == null || to == null || from.isAfter(to)) {
			throw new IllegalArgumentException("A period runs from a day to the same or a later one");
		}
		if (length(from, to) > MAX_DAYS) {
			throw new IllegalArgumentException("A period is " + MAX_DAYS + " days at most");
		}
	}

	/**
	 * The given number of days up to and including the last.
	 */
	public static DayRange daysUpTo(LocalDate last, int days) {
		return new DayRange(last.minusDays(days - 1), last);
	}

	/**
	 * The month of the day, from its first day up to and including the day.
	 */
	public static DayRange monthUpTo(LocalDate day) {
		return new DayRange(day.withDayOfMonth(1), day);
	}

	/**
	 * How many days a period from one day to another would have, both included.
	 */
	public static long length(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}

	public long days() {
		return length(this.from, this.to);
	}

	/**
	 * The instant the first day begins in the zone.
	 */
	public Instant start(ZoneId zone) {
		return this.from.atStartOfDay(zone).toInstant();
	}

	/**
	 * The instant the day after the last begins in the zone.
	 */
	public Instant end(ZoneId zone) {
		return this.to.plusDays(1).atStartOfDay(zone).toInstant();
	}

}
