package org.classbell.store.journal;

import java.time.Instant;
import java.time.LocalDate;

import org.classbell.store.ClassId;
import org.classbell.store.SubjectId;

/**
 * Homework was set for a class.
 *
 * @param classId the class
 * @param subject the subject
 * @param day the day it was set
 * @param due the day it is due, or {@code null} when the timetable does not say
 * @param at when
 */
public record HomeworkSet(ClassId classId, SubjectId subject, LocalDate day, LocalDate due,
		Instant at) implements JournalEvent {

}
