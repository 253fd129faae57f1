package org.classbell.store.school;

/**
 * Identifies a school.
 */
public record SchoolId(long value) {

}
