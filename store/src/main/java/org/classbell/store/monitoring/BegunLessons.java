package org.classbell.store.monitoring;

/**
 * The timetable's lessons of a period that have begun, each with whether attendance was
 * taken for it: the SQL the teachers' report and the city's summary both count from, so
 * that they count alike. Attendance counts as taken by a roll call or by absences marked
 * for the lesson; a subgroup's roll call counts for its own lesson, the whole class's for
 * every group.
 */
final class BegunLessons {

	private BegunLessons() {
	}

	/**
	 * A common table expression {@code begun} ({@code school_id}, {@code staff_id},
	 * {@code class_id}, {@code taken}): a row per lesson of the days {@code :from} to
	 * {@code :to} (dates in each school's own time zone) that began by {@code :now}.
	 * @param schools the comparison of a school's id that picks the schools, such as
	 * {@code = :school}, or {@code is not null} for all
	 */
	static String cte(String schools) {
		return """
				begun as (
				    select t.school_id, t.staff_id, t.class_id,
				           exists (select 1 from attendance_taken a
				                   where a.class_id = t.class_id and a.day = d.day and a.lesson_no = t.lesson_no
				                     and (a.subgroup_id is null or t.subgroup_id is null
				                          or a.subgroup_id = t.subgroup_id)) as taken
				    from school sc
				    cross join (select cast(g as date) as day
				                from generate_series(cast(:from as date), cast(:to as date), interval '1 day') as g) d
				    join timetable_lesson t on t.school_id = sc.id and t.weekday = extract(isodow from d.day)
				    where sc.id %s and (d.day + t.starts_at) at time zone sc.time_zone <= :now
				)
				""".formatted(schools);
	}

}
