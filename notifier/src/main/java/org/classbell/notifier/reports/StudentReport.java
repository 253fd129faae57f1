package org.classbell.notifier.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.classbell.store.ClassId;
import org.classbell.store.StudentId;
import org.classbell.store.journal.Mark;

/**
 * What the journal holds about one student over a period: marks by subject (with the
 * average of the period before, where there is one), attendance in this and the period
 * before, behaviour notes, and homework still due.
 *
 * @param studentId the student
 * @param firstName the student's first name, as messages name them
 * @param className the class
 * @param classId the class's id
 * @param attendanceOnly whether the class takes no marks
 * @param subjects marks by subject, in subject order
 * @param attendance absences and latenesses in the period
 * @param previousAttendance the same in the period before, or {@code null} when there is
 * no period before to compare with
 * @param notes praise and remarks, in day order
 * @param homework homework due from today on, in due order
 * @param answers the parents' answers to the period's absence alerts, in day order
 */
public record StudentReport(StudentId studentId, String firstName, String className, ClassId classId,
		boolean attendanceOnly, List<Subject> subjects, Attendance attendance, Attendance previousAttendance,
		List<Note> notes, List<Homework> homework, List<AlertAnswer> answers) {

	public StudentReport {
		subjects = List.copyOf(subjects);
		notes = List.copyOf(notes);
		homework = List.copyOf(homework);
		answers = List.copyOf(answers);
	}

	/**
	 * A report without answers to absence alerts.
	 */
	public StudentReport(StudentId studentId, String firstName, String className, ClassId classId,
			boolean attendanceOnly, List<Subject> subjects, Attendance attendance, Attendance previousAttendance,
			List<Note> notes, List<Homework> homework) {
		this(studentId, firstName, className, classId, attendanceOnly, subjects, attendance, previousAttendance, notes,
				homework, List.of());
	}

	/**
	 * A parent's answer to the alert of an absent day.
	 *
	 * @param day the day
	 * @param answer {@code ill}, {@code reason} or {@code contact}
	 * @param excused whether the absence was excused on it
	 */
	public record AlertAnswer(LocalDate day, String answer, boolean excused) {

	}

	/**
	 * Whether anything was recorded in the period: an absence, a lateness, a mark or a
	 * note.
	 */
	public boolean hasNews() {
		return !this.attendance.isEmpty() || !this.notes.isEmpty()
				|| (!this.attendanceOnly && !this.subjects.isEmpty());
	}

	/**
	 * The marks of one subject.
	 *
	 * @param name the subject
	 * @param marks the marks in the order given
	 * @param previousAverage the average of the period before, or {@code null}
	 */
	public record Subject(String name, List<Mark> marks, BigDecimal previousAverage) {

		public Subject {
			marks = List.copyOf(marks);
		}

		/**
		 * The average of the marks, to two places; a plus or minus does not count.
		 */
		public BigDecimal average() {
			int sum = this.marks.stream().mapToInt(Mark::value).sum();
			return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(this.marks.size()), 2, RoundingMode.HALF_UP);
		}

		/**
		 * {@code up}, {@code down} or {@code same} against the period before, or
		 * {@code null} when there is nothing to compare with.
		 */
		public String trend() {
			if (this.previousAverage == null) {
				return null;
			}
			int comparison = average().compareTo(this.previousAverage.setScale(2, RoundingMode.HALF_UP));
			return (comparison > 0) ? "up" : (comparison < 0) ? "down" : "same";
		}

		/**
		 * The marks as written in the journal: {@code 5 4- 3+}.
		 */
		public String written() {
			List<String> written = new ArrayList<>();
			this.marks
				.forEach((mark) -> written.add(mark.value() + ((mark.modifier() == null) ? "" : "" + mark.modifier())));
			return String.join(" ", written);
		}

	}

	/**
	 * Absences and latenesses: single lessons and whole days, without and with a good
	 * reason.
	 *
	 * @param lessons lessons missed without a good reason
	 * @param days whole days missed without a good reason
	 * @param excusedLessons lessons missed for a good reason
	 * @param excusedDays whole days missed for a good reason
	 * @param late latenesses
	 */
	public record Attendance(int lessons, int days, int excusedLessons, int excusedDays, int late) {

		public static final Attendance NONE = new Attendance(0, 0, 0, 0, 0);

		public boolean isEmpty() {
			return equals(NONE);
		}

		/**
		 * Whether something was missed without a good reason.
		 */
		public boolean hasUnexcused() {
			return this.lessons + this.days > 0;
		}

		public boolean hasExcused() {
			return this.excusedLessons + this.excusedDays > 0;
		}

	}

	/**
	 * Praise or a remark.
	 *
	 * @param kind {@code praise} or {@code remark}
	 * @param day the day it was given
	 * @param text what the teacher wrote
	 */
	public record Note(String kind, LocalDate day, String text) {

	}

	/**
	 * Homework still to do.
	 *
	 * @param subject the subject
	 * @param due the day it is due, or {@code null}
	 * @param text what is to be done
	 */
	public record Homework(String subject, LocalDate due, String text) {

	}

}
