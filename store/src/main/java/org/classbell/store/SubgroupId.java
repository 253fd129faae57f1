package org.classbell.store;

/**
 * Identifies a subgroup of a class, such as English group 1.
 */
public record SubgroupId(long value) {

}
