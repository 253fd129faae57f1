package org.classbell.store;

/**
 * Identifies a school.
 */
public record SchoolId(long value) {

}
