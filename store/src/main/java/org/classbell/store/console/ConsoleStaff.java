package org.classbell.store.console;

import java.util.List;

import org.classbell.store.ClassId;
import org.classbell.store.SchoolId;
import org.classbell.store.StaffId;
import org.classbell.store.staff.Role;

/**
 * An active staff member as the console sees them: their role and the classes they lead.
 *
 * @param school their school
 * @param schoolName the school's name
 * @param staff the staff member
 * @param role their role
 * @param name their full name
 * @param classes the classes they lead, in the school's order
 */
public record ConsoleStaff(SchoolId school, String schoolName, StaffId staff, Role role, String name,
		List<LedClass> classes) {

	public ConsoleStaff {
		classes = List.copyOf(classes);
	}

	/**
	 * A class a staff member leads.
	 */
	public record LedClass(ClassId id, String name) {

	}

}
