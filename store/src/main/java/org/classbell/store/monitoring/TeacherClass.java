package org.classbell.store.monitoring;

import java.time.LocalDate;
import java.util.List;

import org.classbell.store.ClassId;
import org.classbell.store.PersonName;
import org.classbell.store.StaffId;

/**
 * How one teacher keeps the journal of one class: their last mark there and the lessons
 * of a period with no attendance taken.
 *
 * @param teacherId the teacher
 * @param teacher their name
 * @param classId the class
 * @param className its name
 * @param attendanceOnly whether the class takes no marks (first grade)
 * @param subjects what the teacher teaches there, by assignment or timetable
 * @param lastMark the day (school time) the teacher last entered a mark in the class, or
 * {@code null} when never
 * @param daysSinceLastMark calendar days from that day to today, or {@code null} when
 * never
 * @param lessons the teacher's lessons in the class by the timetable in the period that
 * have begun
 * @param lessonsWithoutAttendance those of them with no attendance taken
 */
public record TeacherClass(StaffId teacherId, PersonName teacher, ClassId classId, String className,
		boolean attendanceOnly, List<String> subjects, LocalDate lastMark, Integer daysSinceLastMark, int lessons,
		int lessonsWithoutAttendance) {

	public TeacherClass {
		subjects = List.copyOf(subjects);
	}

}
