package org.classbell.store;

/**
 * Identifies a class of a school.
 */
public record ClassId(long value) {

}
