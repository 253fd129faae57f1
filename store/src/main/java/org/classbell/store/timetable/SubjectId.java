package org.classbell.store.timetable;

/**
 * Identifies a school subject.
 */
public record SubjectId(long value) {

}
