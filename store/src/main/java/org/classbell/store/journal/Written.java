package org.classbell.store.journal;

import java.time.LocalDate;
import java.util.List;

import org.classbell.store.roster.StudentId;

/**
 * What one journal entry changed: the students whose records changed on a day, and the
 * rows written. Empty when the journal already said so (nothing to undo then).
 *
 * @param kind what was recorded
 * @param day the day
 * @param students the students whose records changed
 * @param rows ids of the rows written (notes: the note ids)
 */
public record Written(EntryKind kind, LocalDate day, List<StudentId> students, List<Long> rows) {

	public Written {
		students = List.copyOf(students);
		rows = List.copyOf(rows);
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

}
