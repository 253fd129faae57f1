package org.classbell.store.roster;

import org.classbell.store.ClassId;
import org.classbell.store.StudentId;

/**
 * A student as a teacher picks them: name, class and class-register number.
 */
public record StudentCard(StudentId id, ClassId classId, String className, int listNo, String lastName,
		String firstName, String middleName) {

	public String fullName() {
		return (this.lastName + " " + this.firstName + " " + this.middleName).strip();
	}

	/**
	 * Surname and first name, as messages to parents name a child.
	 */
	public String shortName() {
		return this.lastName + " " + this.firstName;
	}

}
