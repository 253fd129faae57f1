package org.classbell.notifier.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.classbell.store.roster.ReportFrequency;

/**
 * The periodic reports: each covers the days of its period up to the day it is made, and
 * goes to the guardians whose report frequency asks for it (the term's to everyone who
 * takes reports).
 */
public enum ReportKind {

	/** The school day, for guardians who take a daily report. */
	DAY(List.of(ReportFrequency.DAILY)),
	/** Monday to the day, for guardians who take a weekly report (the default). */
	WEEK(List.of(ReportFrequency.WEEKLY)),
	/** The month so far, for guardians who take a monthly report. */
	MONTH(List.of(ReportFrequency.MONTHLY)),
	/** The term, on its last day, for every guardian who takes reports. */
	TERM(List.of(ReportFrequency.DAILY, ReportFrequency.WEEKLY, ReportFrequency.MONTHLY));

	private final List<ReportFrequency> frequencies;

	ReportKind(List<ReportFrequency> frequencies) {
		this.frequencies = frequencies;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The kind a person asked for by name, in English or Russian: {@code day}
	 * ({@code день}, {@code сегодня}), {@code week} ({@code неделя}, and nothing at all),
	 * {@code month} ({@code месяц}) or {@code term} ({@code четверть}, {@code триместр});
	 * the same words mean the same days as the periodic reports.
	 */
	public static Optional<ReportKind> named(String words) {
		return switch (words.strip().toLowerCase(Locale.ROOT)) {
			case "", "week", "неделя", "неделю", "w" -> Optional.of(WEEK);
			case "day", "today", "день", "сегодня", "d" -> Optional.of(DAY);
			case "month", "месяц", "m" -> Optional.of(MONTH);
			case "term", "четверть", "триместр" -> Optional.of(TERM);
			default -> Optional.empty();
		};
	}

	/**
	 * The kind named {@code day}, {@code week}, {@code month} or {@code term}.
	 */
	public static Optional<ReportKind> of(String code) {
		for (ReportKind kind : values()) {
			if (kind.code().equals(code)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

	/**
	 * The guardians' report frequencies this report goes to.
	 */
	public List<ReportFrequency> frequencies() {
		return this.frequencies;
	}

	/**
	 * The period a report of this kind made on the day covers: the day, Monday to the
	 * day, the month to the day; a term's comes from the school's calendar instead
	 * ({@link SchoolCalendar#periodTo}).
	 */
	public Period periodTo(LocalDate day) {
		return switch (this) {
			case DAY -> new Period(day, day);
			case WEEK -> new Period(day.with(DayOfWeek.MONDAY), day);
			case MONTH -> new Period(day.withDayOfMonth(1), day);
			case TERM -> throw new IllegalStateException("A term's period comes from the school's calendar");
		};
	}

}
