package org.classbell.store.monitoring;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import org.classbell.store.ClassId;
import org.classbell.store.PersonName;
import org.classbell.store.StaffId;
import org.classbell.store.Timestamps;
import org.classbell.store.school.School;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether teachers keep the journal up to date: for each active teacher and each class
 * they teach (by assignment or timetable), the last mark they entered there and the
 * timetable's lessons of a period that have begun with no attendance taken.
 */
@Repository
public class JournalUpkeep {

	private static final String QUERY = "with " + BegunLessons.cte("= :school") + """
			, taught as (
			    select ta.staff_id, ta.class_id, s.name as subject
			    from teaching_assignment ta
			    join school_class c on c.id = ta.class_id
			    join subject s on s.id = ta.subject_id
			    where c.school_id = :school
			    union
			    select t.staff_id, t.class_id, s.name
			    from timetable_lesson t
			    join subject s on s.id = t.subject_id
			    where t.school_id = :school
			),
			pairs as (
			    select staff_id, class_id, array_agg(subject order by subject) as subjects
			    from taught
			    group by staff_id, class_id
			),
			lessons as (
			    select staff_id, class_id, count(*) as lessons, count(*) filter (where not taken) as missed
			    from begun
			    group by staff_id, class_id
			)
			select p.staff_id, sf.last_name, sf.first_name, sf.middle_name, p.class_id, c.name as class_name,
			       c.attendance_only, p.subjects, cast(lm.last_at at time zone :zone as date) as last_mark,
			       coalesce(l.lessons, 0) as lessons, coalesce(l.missed, 0) as missed
			from pairs p
			join staff sf on sf.id = p.staff_id
			join school_class c on c.id = p.class_id
			left join lateral (
			    select m.recorded_at as last_at
			    from mark m join student st on st.id = m.student_id
			    where m.author_id = p.staff_id and st.class_id = p.class_id
			    order by m.recorded_at desc limit 1
			) lm on true
			left join lessons l on l.staff_id = p.staff_id and l.class_id = p.class_id
			where sf.active
			order by sf.last_name_key, sf.first_name_key, sf.middle_name_key, c.grade, c.name_key
			""";

	private final JdbcClient jdbc;

	JournalUpkeep(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Each teacher and class of the school, for the lessons of the period that began
	 * before now; days since the last mark count to today in the school's time zone.
	 */
	public List<TeacherClass> of(School school, DayRange period, Instant now) {
		LocalDate today = now.atZone(school.timeZone()).toLocalDate();
		return this.jdbc.sql(QUERY)
			.param("school", school.id().value())
			.param("from", period.from())
			.param("to", period.to())
			.param("zone", school.timeZone().getId())
			.param("now", Timestamps.of(now))
			.query((row, index) -> teacherClass(row, today))
			.list();
	}

	private static TeacherClass teacherClass(ResultSet row, LocalDate today) throws SQLException {
		LocalDate lastMark = row.getObject("last_mark", LocalDate.class);
		Array subjects = row.getArray("subjects");
		return new TeacherClass(new StaffId(row.getLong("staff_id")),
				new PersonName(row.getString("last_name"), row.getString("first_name"), row.getString("middle_name")),
				new ClassId(row.getLong("class_id")), row.getString("class_name"), row.getBoolean("attendance_only"),
				Arrays.asList((String[]) subjects.getArray()), lastMark,
				(lastMark != null) ? (int) ChronoUnit.DAYS.between(lastMark, today) : null, row.getInt("lessons"),
				row.getInt("missed"));
	}

}
