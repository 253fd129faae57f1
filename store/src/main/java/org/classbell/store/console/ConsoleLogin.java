package org.classbell.store.console;

import org.classbell.store.SchoolId;
import org.classbell.store.StaffId;

/**
 * Whom a one-time console link logs in.
 *
 * @param school the staff member's school
 * @param staff the staff member
 */
public record ConsoleLogin(SchoolId school, StaffId staff) {

}
