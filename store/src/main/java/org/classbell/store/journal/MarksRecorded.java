package org.classbell.store.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.classbell.store.StaffId;
import org.classbell.store.StudentId;
import org.classbell.store.SubjectId;

/**
 * Marks were given in a subject.
 *
 * @param author the teacher
 * @param subject the subject
 * @param day the day
 * @param students the students marked, in the order of the entry
 * @param at when
 */
public record MarksRecorded(StaffId author, SubjectId subject, LocalDate day, List<StudentId> students,
		Instant at) implements JournalEvent {

	public MarksRecorded {
		students = List.copyOf(students);
	}

}
