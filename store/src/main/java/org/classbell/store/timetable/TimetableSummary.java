package org.classbell.store.timetable;

/**
 * What a timetable import changed.
 *
 * @param lines the lines of the file
 * @param lessons lessons in the timetable now
 * @param added lessons in slots that were free
 * @param changed lessons whose time, subject or teacher changed
 * @param removed lessons the file no longer has
 */
public record TimetableSummary(int lines, int lessons, int added, int changed, int removed) {

}
