package org.classbell.store.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.classbell.store.ClassId;
import org.classbell.store.StudentId;
import org.classbell.store.SubgroupId;
import org.classbell.store.Timestamps;
import org.classbell.store.staff.StaffMember;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Records that attendance was taken for a lesson of a class (or of one of its subgroups),
 * so that a lesson where everyone came is told apart from one where nobody looked.
 */
@Repository
class RollCalls {

	private static final String UPSERT = """
			on conflict (class_id, coalesce(subgroup_id, 0), day, lesson_no) do update
			    set taken_by = excluded.taken_by, taken_at = excluded.taken_at
			""";

	private final JdbcClient jdbc;

	RollCalls(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A roll call of a lesson of the class, or of one subgroup's lesson.
	 */
	void taken(ClassId classId, SubgroupId subgroupId, LocalDate day, int lesson, StaffMember author, Instant at) {
		this.jdbc.sql("""
				insert into attendance_taken (class_id, subgroup_id, day, lesson_no, taken_by, taken_at)
				values (:class, :subgroup, :day, :lesson, :author, :at)
				""" + UPSERT)
			.param("class", classId.value())
			.param("subgroup", (subgroupId != null) ? subgroupId.value() : null, java.sql.Types.BIGINT)
			.param("day", day)
			.param("lesson", lesson)
			.param("author", author.id().value())
			.param("at", Timestamps.of(at))
			.update();
	}

	/**
	 * Absences or latenesses marked for lessons: attendance taken in the students'
	 * classes, for the subgroup whose lesson it is where the author teaches one then.
	 */
	void taken(List<StudentId> students, LocalDate day, List<Integer> lessons, StaffMember author, Instant at) {
		if (students.isEmpty() || lessons.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				insert into attendance_taken (class_id, subgroup_id, day, lesson_no, taken_by, taken_at)
				select c.class_id,
				       (select t.subgroup_id from timetable_lesson t
				        where t.class_id = c.class_id and t.weekday = extract(isodow from cast(:day as date))
				          and t.lesson_no = l.lesson_no and t.staff_id = :author
				        order by t.subgroup_id nulls first limit 1),
				       :day, l.lesson_no, :author, :at
				from (select distinct class_id from student where id in (:students)) c
				cross join generate_series(0, 12) as l(lesson_no)
				where l.lesson_no in (:lessons)
				""" + UPSERT)
			.param("students", students.stream().map(StudentId::value).toList())
			.param("day", day)
			.param("lessons", lessons)
			.param("author", author.id().value())
			.param("at", Timestamps.of(at))
			.update();
	}

}
