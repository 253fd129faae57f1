package org.classbell.notifier.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.classbell.store.SchoolId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's calendar as reports need it: its school days are the days of the week its
 * timetable has lessons on (Monday to Friday while it has none), and its terms are those
 * of the {@code term} table.
 */
@Component
public class SchoolCalendar {

	private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	private final JdbcClient jdbc;

	SchoolCalendar(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Set<DayOfWeek> schoolDays(SchoolId school) {
		List<Integer> days = this.jdbc.sql("select distinct weekday from timetable_lesson where school_id = ?")
			.param(school.value())
			.query(Integer.class)
			.list();
		if (days.isEmpty()) {
			return WEEKDAYS;
		}
		Set<DayOfWeek> schoolDays = EnumSet.noneOf(DayOfWeek.class);
		days.forEach((day) -> schoolDays.add(DayOfWeek.of(day)));
		return schoolDays;
	}

	public boolean isSchoolDay(SchoolId school, LocalDate day) {
		return schoolDays(school).contains(day.getDayOfWeek());
	}

	/**
	 * Whether the day is the month's last school day.
	 */
	public boolean isLastSchoolDayOfMonth(SchoolId school, LocalDate day) {
		Set<DayOfWeek> schoolDays = schoolDays(school);
		if (!schoolDays.contains(day.getDayOfWeek())) {
			return false;
		}
		for (LocalDate next = day.plusDays(1); next.getMonth() == day.getMonth(); next = next.plusDays(1)) {
			if (schoolDays.contains(next.getDayOfWeek())) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The term the day is in, if the school's terms are set.
	 */
	public Optional<Period> termOf(SchoolId school, LocalDate day) {
		return this.jdbc.sql("""
				select t.starts_on, t.ends_on from term t join academic_year y on y.id = t.academic_year_id
				where y.school_id = ? and ? between t.starts_on and t.ends_on order by t.starts_on limit 1
				""")
			.params(school.value(), day)
			.query((row, number) -> new Period(row.getObject("starts_on", LocalDate.class),
					row.getObject("ends_on", LocalDate.class)))
			.optional();
	}

	/**
	 * The school's terms, in order.
	 */
	public List<Term> terms(SchoolId school) {
		return this.jdbc.sql("""
				select t.name, t.starts_on, t.ends_on from term t join academic_year y on y.id = t.academic_year_id
				where y.school_id = ? order by t.starts_on
				""")
			.param(school.value())
			.query((row, number) -> new Term(row.getString("name"),
					new Period(row.getObject("starts_on", LocalDate.class), row.getObject("ends_on", LocalDate.class))))
			.list();
	}

	/**
	 * Replaces the school's terms; each goes into the school year (1 September to 31
	 * August) it starts in.
	 */
	@Transactional
	public void replaceTerms(SchoolId school, List<Term> terms) {
		this.jdbc.sql("delete from term where academic_year_id in (select id from academic_year where school_id = ?)")
			.param(school.value())
			.update();
		for (Term term : terms) {
			LocalDate start = term.days().from();
			int year = (start.getMonthValue() >= 9) ? start.getYear() : start.getYear() - 1;
			long academicYear = this.jdbc.sql("""
					insert into academic_year (school_id, name, starts_on, ends_on) values (?, ?, ?, ?)
					on conflict (school_id, starts_on) do update set name = excluded.name returning id
					""")
				.params(school.value(), year + "/" + (year + 1), LocalDate.of(year, 9, 1),
						LocalDate.of(year + 1, 8, 31))
				.query(Long.class)
				.single();
			this.jdbc.sql("insert into term (academic_year_id, name, starts_on, ends_on) values (?, ?, ?, ?)")
				.params(academicYear, term.name(), term.days().from(), term.days().to())
				.update();
		}
	}

	/**
	 * A term of the school year.
	 *
	 * @param name its name, such as {@code 1 четверть}
	 * @param days its first and last day
	 */
	public record Term(String name, Period days) {

	}

	/**
	 * The period a report of this kind made on the day covers: the kind's days, and for a
	 * term the school's term from its first day to the day; empty for a term on a day
	 * outside the school's terms.
	 */
	public Optional<Period> periodTo(SchoolId school, ReportKind kind, LocalDate day) {
		return (kind == ReportKind.TERM) ? termOf(school, day).map((term) -> new Period(term.from(), day))
				: Optional.of(kind.periodTo(day));
	}

	/**
	 * The term that ends on the day, if one does.
	 */
	public Optional<Period> termEndingOn(SchoolId school, LocalDate day) {
		return termOf(school, day).filter((term) -> term.to().equals(day));
	}

}
