package org.classbell.store;

/**
 * Identifies a staff member: a teacher or an administrator.
 */
public record StaffId(long value) {

}
