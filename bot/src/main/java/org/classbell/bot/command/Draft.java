package org.classbell.bot.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.classbell.store.ClassId;
import org.classbell.store.SchoolId;
import org.classbell.store.StudentId;
import org.classbell.store.SubjectId;
import org.classbell.store.journal.AttendanceStatus;
import org.classbell.store.journal.Mark;
import org.classbell.store.journal.NoteKind;

/**
 * A command about students, kept while the teacher picks the students the bot could not
 * tell apart: what the command is and everything it needs but those students. Kept as
 * JSON with the choice, so every part is a value.
 *
 * @param command the command that carries it out
 * @param school the school it was made in: only the teacher's staff record there may
 * carry it out
 * @param classIds the classes the students are looked for in
 * @param day the day it is for
 * @param lessons lesson numbers (attendance, marks); empty for the whole day
 * @param attendance absent or late (attendance)
 * @param note praise or a remark (notes)
 * @param subject the subject (marks)
 * @param subjectName its name, as the reply names it (marks)
 * @param text free text: the note, the excuse's reason
 * @param marks a mark per student (marks)
 * @param slots the students named, in order
 */
record Draft(Kind command, SchoolId school, List<ClassId> classIds, LocalDate day, List<Integer> lessons,
		AttendanceStatus attendance, NoteKind note, SubjectId subject, String subjectName, String text,
		List<Mark> marks, List<Slot> slots) {

	Draft {
		classIds = List.copyOf(classIds);
		lessons = (lessons != null) ? List.copyOf(lessons) : List.of();
		marks = (marks != null) ? List.copyOf(marks) : List.of();
		slots = List.copyOf(slots);
	}

	/**
	 * A draft of a command with nothing but where to look for its students, the day and
	 * what the teacher typed for each; its school is set when it is kept
	 * ({@link #madeIn}).
	 */
	static Draft of(Kind command, List<ClassId> classIds, LocalDate day, List<String> typed) {
		return new Draft(command, null, classIds, day, List.of(), null, null, null, null, null, List.of(),
				typed.stream().map((student) -> new Slot(student, List.of(), null)).toList());
	}

	Draft madeIn(SchoolId where) {
		return new Draft(this.command, where, this.classIds, this.day, this.lessons, this.attendance, this.note,
				this.subject, this.subjectName, this.text, this.marks, this.slots);
	}

	Draft withAttendance(AttendanceStatus status, List<Integer> numbers) {
		return new Draft(this.command, this.school, this.classIds, this.day, numbers, status, this.note, this.subject,
				this.subjectName, this.text, this.marks, this.slots);
	}

	Draft withNote(NoteKind kind, String note) {
		return new Draft(this.command, this.school, this.classIds, this.day, this.lessons, this.attendance, kind,
				this.subject, this.subjectName, note, this.marks, this.slots);
	}

	Draft withText(String free) {
		return new Draft(this.command, this.school, this.classIds, this.day, this.lessons, this.attendance, this.note,
				this.subject, this.subjectName, free, this.marks, this.slots);
	}

	Draft withMarks(SubjectId id, String name, List<Integer> numbers, List<Mark> given) {
		return new Draft(this.command, this.school, this.classIds, this.day, numbers, this.attendance, this.note, id,
				name, this.text, given, this.slots);
	}

	Draft withSlot(int index, Slot slot) {
		List<Slot> changed = new ArrayList<>(this.slots);
		changed.set(index, slot);
		return new Draft(this.command, this.school, this.classIds, this.day, this.lessons, this.attendance, this.note,
				this.subject, this.subjectName, this.text, this.marks, changed);
	}

	/**
	 * The first slot still to choose, or -1.
	 */
	int open() {
		for (int i = 0; i < this.slots.size(); i++) {
			if (this.slots.get(i).chosen() == null) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The commands that act on students, each carrying out its own drafts.
	 */
	enum Kind {

		/** {@code /absent}, {@code /late}. */
		ATTENDANCE,
		/** {@code /excuse}. */
		EXCUSE,
		/** {@code /praise}, {@code /remark}. */
		NOTE,
		/** {@code /grade}. */
		GRADE

	}

	/**
	 * A student as typed, the candidates that fit, and the one found or chosen.
	 */
	record Slot(String typed, List<StudentId> candidates, StudentId chosen) {

		Slot {
			candidates = (candidates != null) ? List.copyOf(candidates) : List.of();
		}

		Slot choose(StudentId student) {
			return new Slot(this.typed, this.candidates, student);
		}

	}

}
