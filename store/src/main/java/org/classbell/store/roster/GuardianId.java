package org.classbell.store.roster;

/**
 * Identifies a guardian.
 */
public record GuardianId(long value) {

}
