package org.classbell.store.staff;

/**
 * Identifies a staff member: a teacher or an administrator.
 */
public record StaffId(long value) {

}
