package org.classbell.store.journal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.classbell.store.StudentId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what the journal says about attendance: who is marked absent from a lesson, and a
 * student's whole day.
 */
@Repository
public class Attendances {

	private final JdbcClient jdbc;

	Attendances(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Those of the students marked absent (not excused) from the lesson, or from the
	 * whole day when no lesson is given.
	 */
	public Set<StudentId> absent(Collection<StudentId> students, LocalDate day, Integer lesson) {
		if (students.isEmpty()) {
			return Set.of();
		}
		return new LinkedHashSet<>(this.jdbc.sql("""
				select student_id from attendance
				where student_id in (:students) and day = :day and coalesce(lesson_no, -1) = coalesce(:lesson, -1)
				  and status = 'absent'
				""")
			.param("students", students.stream().map(StudentId::value).toList())
			.param("day", day)
			.param("lesson", lesson, java.sql.Types.SMALLINT)
			.query((row, index) -> new StudentId(row.getLong(1)))
			.list());
	}

	/**
	 * What the journal says of the student's day, the whole day first and then lesson by
	 * lesson.
	 */
	public List<Attendance> ofDay(StudentId student, LocalDate day) {
		return this.jdbc.sql("""
				select lesson_no, status, reason from attendance where student_id = ? and day = ?
				order by lesson_no nulls first
				""")
			.params(student.value(), day)
			.query((row, index) -> new Attendance((Integer) row.getObject("lesson_no"),
					AttendanceStatus.of(row.getString("status")), row.getString("reason")))
			.list();
	}

	/**
	 * A student's attendance of a lesson, or of the whole day.
	 *
	 * @param lesson the lesson's number, or {@code null} for the whole day
	 * @param status absent, late or excused
	 * @param reason the reason given for an excuse, or {@code null}
	 */
	public record Attendance(Integer lesson, AttendanceStatus status, String reason) {

	}

}
