package org.classbell.store.roster;

/**
 * Identifies a class of a school.
 */
public record ClassId(long value) {

}
