package org.classbell.store;

/**
 * Identifies a guardian.
 */
public record GuardianId(long value) {

}
