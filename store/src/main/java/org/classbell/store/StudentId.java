package org.classbell.store;

/**
 * Identifies a student.
 */
public record StudentId(long value) {

}
