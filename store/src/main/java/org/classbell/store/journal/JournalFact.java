package org.classbell.store.journal;

import java.time.LocalDate;

/**
 * One fact of a class's journal as it stands (an undone entry left none): a student's
 * mark, absence, lateness or excused absence, or the class's homework.
 *
 * @param day the day it is about (for homework, the day it was set)
 * @param lesson the lesson's number, or {@code null} for the whole day or no lesson in
 * particular
 * @param kind what it is
 * @param listNo the student's number in the class register, or {@code null} for homework
 * @param student the student's full name, or {@code null} for homework
 * @param subject the subject of a mark or homework, or {@code null} for attendance
 * @param teacher the full name of the teacher who recorded it, or {@code null} when not
 * known
 * @param value the mark ({@code 4-}) or the homework's text; {@code null} for attendance
 * @param due the day homework is due, or {@code null}
 * @param subgroup the subgroup homework is for, or {@code null} for the whole class
 * @param comment the reason given for an excused absence, or {@code null}
 */
public record JournalFact(LocalDate day, Integer lesson, FactKind kind, Integer listNo, String student, String subject,
		String teacher, String value, LocalDate due, String subgroup, String comment) {

}
