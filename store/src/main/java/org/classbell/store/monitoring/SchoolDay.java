package org.classbell.store.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;

import org.classbell.store.ClassId;
import org.classbell.store.PersonName;
import org.classbell.store.Timestamps;
import org.classbell.store.school.School;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A school's day at a glance, for the console's start page: the timetable's lessons of
 * the day with whether attendance was taken, the absences logged, the messages written
 * and the queue; each one set-based query, for the whole school or for some classes.
 */
@Repository
public class SchoolDay {

	private static final String ATTENDANCE_KINDS = "('attendance', 'attendance_update', 'attendance_withdrawn')";

	private final JdbcClient jdbc;

	SchoolDay(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The timetable's lessons of the day, in class and lesson order, each with whether it
	 * has begun by {@code now} and whether attendance was taken for it (as
	 * {@link JournalUpkeep} counts it). The timetable bounds them (13 lessons a class).
	 * @param classes the classes to include, or {@code null} for every class
	 */
	public List<DayLesson> lessons(School school, LocalDate day, Instant now, Collection<ClassId> classes) {
		return this.jdbc.sql("""
				select t.class_id, c.name as class_name, sg.name as subgroup, t.lesson_no, t.starts_at,
				       s.name as subject, sf.last_name, sf.first_name, sf.middle_name,
				       (cast(:day as date) + t.starts_at) at time zone :zone <= :now as begun,
				       exists (select 1 from attendance_taken a
				               where a.class_id = t.class_id and a.day = :day and a.lesson_no = t.lesson_no
				                 and (a.subgroup_id is null or t.subgroup_id is null
				                      or a.subgroup_id = t.subgroup_id)) as taken
				from timetable_lesson t
				join school_class c on c.id = t.class_id
				left join subgroup sg on sg.id = t.subgroup_id
				join subject s on s.id = t.subject_id
				join staff sf on sf.id = t.staff_id
				where t.school_id = :school and t.weekday = :weekday and (:all or t.class_id in (:classes))
				order by c.grade, c.name_key, t.lesson_no, sg.name_key nulls first
				""")
			.param("day", day)
			.param("zone", school.timeZone().getId())
			.param("now", Timestamps.of(now))
			.param("school", school.id().value())
			.param("weekday", day.getDayOfWeek().getValue())
			.param("all", classes == null)
			.param("classes", ids(classes))
			.query((row, index) -> new DayLesson(new ClassId(row.getLong("class_id")), row.getString("class_name"),
					row.getString("subgroup"), row.getInt("lesson_no"), row.getObject("starts_at", LocalTime.class),
					row.getString("subject"),
					new PersonName(row.getString("last_name"), row.getString("first_name"),
							row.getString("middle_name")),
					row.getBoolean("begun"), row.getBoolean("taken")))
			.list();
	}

	/**
	 * The students marked absent or late on the day (for any lesson or the whole day),
	 * per class that has any, in class order.
	 * @param classes the classes to include, or {@code null} for every class
	 */
	public List<ClassAbsences> absences(School school, LocalDate day, Collection<ClassId> classes) {
		return this.jdbc.sql("""
				select c.id, c.name,
				       count(distinct a.student_id) filter (where a.status = 'absent') as absent,
				       count(distinct a.student_id) filter (where a.status = 'late') as late
				from attendance a
				join student st on st.id = a.student_id
				join school_class c on c.id = st.class_id
				where c.school_id = :school and a.day = :day and a.status in ('absent', 'late')
				  and (:all or c.id in (:classes))
				group by c.id, c.name, c.grade, c.name_key
				order by c.grade, c.name_key
				""")
			.param("school", school.id().value())
			.param("day", day)
			.param("all", classes == null)
			.param("classes", ids(classes))
			.query((row, index) -> new ClassAbsences(new ClassId(row.getLong("id")), row.getString("name"),
					row.getInt("absent"), row.getInt("late")))
			.list();
	}

	/**
	 * The messages written on the day (school time) by whether they are attendance alerts
	 * and by their status now; for some classes, the messages about their students.
	 * @param classes the classes to include, or {@code null} for every message of the
	 * school
	 */
	public List<MessageCount> messages(School school, LocalDate day, Collection<ClassId> classes) {
		DayRange range = new DayRange(day, day);
		return this.jdbc.sql("""
				select n.kind in %s as alert, n.status, count(*) as messages
				from notification n
				left join student st on st.id = n.student_id
				where n.school_id = :school and n.created_at >= :start and n.created_at < :end
				  and (:all or st.class_id in (:classes))
				group by 1, 2
				""".formatted(ATTENDANCE_KINDS))
			.param("school", school.id().value())
			.param("start", Timestamps.of(range.start(school.timeZone())))
			.param("end", Timestamps.of(range.end(school.timeZone())))
			.param("all", classes == null)
			.param("classes", ids(classes))
			.query((row, index) -> new MessageCount(row.getBoolean("alert"), row.getString("status"),
					row.getInt("messages")))
			.list();
	}

	/**
	 * The school's queue: the messages queued, and since when the oldest of those whose
	 * time has come has waited (through the dispatcher's index of queued messages).
	 */
	public Queue queue(School school, Instant now) {
		return this.jdbc.sql("""
				select count(*) as queued, min(next_attempt_at) filter (where next_attempt_at <= :now) as oldest_due
				from notification
				where status = 'queued' and school_id = :school
				""")
			.param("school", school.id().value())
			.param("now", Timestamps.of(now))
			.query((row, index) -> new Queue(row.getInt("queued"), Timestamps.instant(row, "oldest_due")))
			.single();
	}

	private static List<Long> ids(Collection<ClassId> classes) {
		List<Long> ids = (classes == null) ? List.of() : classes.stream().map(ClassId::value).toList();
		return ids.isEmpty() ? List.of(-1L) : ids;
	}

	/**
	 * A lesson of the day's timetable.
	 *
	 * @param classId the class
	 * @param className its name
	 * @param subgroup the subgroup whose lesson it is, or {@code null} for the class's
	 * @param lessonNo its number
	 * @param startsAt when it begins, school time
	 * @param subject its subject
	 * @param teacher who teaches it
	 * @param begun whether it has begun
	 * @param taken whether attendance was taken for it
	 */
	public record DayLesson(ClassId classId, String className, String subgroup, int lessonNo, LocalTime startsAt,
			String subject, PersonName teacher, boolean begun, boolean taken) {

	}

	/**
	 * A class's students marked absent or late on a day.
	 */
	public record ClassAbsences(ClassId classId, String className, int absent, int late) {

	}

	/**
	 * Messages of a day by kind and status.
	 *
	 * @param alert whether they are attendance alerts (or their corrections)
	 * @param status their status now, as the outbox writes it
	 * @param messages how many
	 */
	public record MessageCount(boolean alert, String status, int messages) {

	}

	/**
	 * A school's queue.
	 *
	 * @param queued messages queued
	 * @param oldestDue since when the oldest due one has been due, or {@code null}
	 */
	public record Queue(int queued, Instant oldestDue) {

	}

}
