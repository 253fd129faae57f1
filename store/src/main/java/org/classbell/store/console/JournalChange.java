package org.classbell.store.console;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change to the journal as the audit log holds it, with the names of whom and what it
 * was about: for a row since deleted, what it was comes from the log's copy of it.
 *
 * @param id the audit log entry
 * @param at when it was made
 * @param actor who made it, as the log names them ({@code staff:12}, {@code admin-api},
 * {@code operator}, {@code system})
 * @param author the staff member's full name, when a staff member made it
 * @param action {@code insert}, {@code update} or {@code delete}
 * @param entity {@code mark}, {@code attendance}, {@code behaviour_note} or
 * {@code homework}
 * @param student the student's surname and first name; {@code null} for homework
 * @param className the class
 * @param subject the subject, for marks and homework
 * @param day the journal's day it is about
 * @param lesson the lesson, when it is about one
 * @param before the row before the change; {@code null} for an insert
 * @param after the row after the change; {@code null} for a delete
 * @param undone whether it is the deletion of a row its author undid with {@code /undo}
 */
public record JournalChange(long id, Instant at, String actor, String author, String action, String entity,
		String student, String className, String subject, LocalDate day, Integer lesson, Entry before, Entry after,
		boolean undone) {

	/**
	 * What a journal row said.
	 *
	 * @param mark a mark with its modifier, such as {@code 4-}
	 * @param status an attendance status: {@code absent}, {@code late} or {@code excused}
	 * @param kind a note's kind: {@code praise} or {@code remark}
	 * @param text a note's or homework's text (cut when long)
	 */
	public record Entry(String mark, String status, String kind, String text) {

	}

}
