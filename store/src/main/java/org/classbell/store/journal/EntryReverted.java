package org.classbell.store.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.classbell.store.StaffId;
import org.classbell.store.StudentId;

/**
 * A teacher undid their last entry: its records are as they were before it.
 *
 * @param author the teacher
 * @param kind what the entry had recorded
 * @param attendance the students and days whose attendance changed back
 * @param notes the behaviour notes taken back
 * @param at when it was undone
 */
public record EntryReverted(StaffId author, EntryKind kind, List<StudentDay> attendance, List<RevertedNote> notes,
		Instant at) implements JournalEvent {

	public EntryReverted {
		attendance = List.copyOf(attendance);
		notes = List.copyOf(notes);
	}

	/**
	 * A student on a day.
	 */
	public record StudentDay(StudentId student, LocalDate day) {

	}

	/**
	 * A behaviour note taken back: which, about whom and of which day.
	 */
	public record RevertedNote(NoteId note, StudentId student, LocalDate day) {

	}

}
