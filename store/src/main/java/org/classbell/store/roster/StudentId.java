package org.classbell.store.roster;

/**
 * Identifies a student.
 */
public record StudentId(long value) {

}
