package org.classbell.store.journal;

import java.time.LocalDate;
import java.util.List;

import org.classbell.store.StudentId;

/**
 * What one journal entry changed: the students whose records changed on a day, and how
 * many rows were written. Empty when the journal already said so (nothing to undo then).
 *
 * @param kind what was recorded
 * @param day the day
 * @param students the students whose records changed
 * @param rows how many rows were written or removed
 */
public record Written(EntryKind kind, LocalDate day, List<StudentId> students, int rows) {

	public Written {
		students = List.copyOf(students);
	}

	public boolean isEmpty() {
		return this.rows == 0;
	}

}
