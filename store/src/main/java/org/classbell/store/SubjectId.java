package org.classbell.store;

/**
 * Identifies a school subject.
 */
public record SubjectId(long value) {

}
