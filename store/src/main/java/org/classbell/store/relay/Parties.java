package org.classbell.store.relay;

import org.classbell.store.ClassId;
import org.classbell.store.GuardianId;
import org.classbell.store.Language;
import org.classbell.store.PersonName;
import org.classbell.store.SchoolId;
import org.classbell.store.StaffId;
import org.classbell.store.StudentId;

/**
 * Who a conversation about a child is between, as messages name them: the guardian, the
 * child and their class, and the class teacher.
 *
 * @param school the child's school
 * @param guardian the guardian
 * @param guardianName the guardian's full name
 * @param student the child
 * @param childName the child's first name
 * @param classId the child's class
 * @param className its name
 * @param classTeacher the class teacher, or {@code null} when the class has none active
 * @param classTeacherName their name, or {@code null}
 * @param classTeacherLanguage the language of messages to them, or {@code null}
 */
public record Parties(SchoolId school, GuardianId guardian, String guardianName, StudentId student, String childName,
		ClassId classId, String className, StaffId classTeacher, PersonName classTeacherName,
		Language classTeacherLanguage) {

	/**
	 * The class teacher as a parent sees them: {@code Соколова Е. В.}; empty when there
	 * is none.
	 */
	public String classTeacherShort() {
		return (this.classTeacherName != null) ? initials(this.classTeacherName) : "";
	}

	/**
	 * A staff member as parents see them: surname and initials, {@code Соколова Е. В.}.
	 */
	public static String initials(PersonName name) {
		String middle = name.middle();
		return name.last() + " " + name.first().charAt(0) + "."
				+ (middle.isEmpty() ? "" : " " + middle.charAt(0) + ".");
	}

}
