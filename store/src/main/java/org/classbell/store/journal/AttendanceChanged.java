package org.classbell.store.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.classbell.store.StudentId;

/**
 * The attendance of students on a day changed: they were marked absent or late, a roll
 * call changed their marks, or their absences were excused.
 *
 * @param kind the entry that changed it
 * @param day the day
 * @param students the students whose attendance changed, at least one
 * @param at when
 */
public record AttendanceChanged(EntryKind kind, LocalDate day, List<StudentId> students,
		Instant at) implements JournalEvent {

	public AttendanceChanged {
		students = List.copyOf(students);
		if (students.isEmpty()) {
			throw new IllegalArgumentException("An attendance change is about some student");
		}
	}

}
