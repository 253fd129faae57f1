package org.classbell.store.journal;

import java.time.Instant;
import java.time.LocalDate;

import org.classbell.store.PersonName;
import org.classbell.store.StudentId;

/**
 * A teacher praised a student or made a remark about them.
 *
 * @param note the note
 * @param kind praise or a remark
 * @param student whom it is about
 * @param text what the teacher wrote
 * @param author the teacher's name
 * @param day the day
 * @param at when
 */
public record NoteWritten(NoteId note, NoteKind kind, StudentId student, String text, PersonName author, LocalDate day,
		Instant at) implements JournalEvent {

}
