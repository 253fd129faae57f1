package org.classbell.store.staff;

import org.classbell.store.PersonName;
import org.classbell.store.SchoolId;
import org.classbell.store.StaffId;

/**
 * A teacher or administrator of a school.
 */
public record StaffMember(StaffId id, SchoolId school, PersonName name, Role role, boolean active) {

}
