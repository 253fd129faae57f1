package org.classbell.store.staff;

/**
 * One line of a staff file as read, before it is checked.
 *
 * @param line the line of the file, the header being line 1
 * @param lastName column {@code last_name}
 * @param firstName column {@code first_name}
 * @param middleName column {@code middle_name}
 * @param role column {@code role}: {@code teacher} or {@code admin}
 * @param classTeacherOf column {@code class_teacher_of}: the class they lead, if any
 * @param teaches column {@code teaches}: {@code 5А:Алгебра;5А:Геометрия}
 */
public record StaffLine(long line, String lastName, String firstName, String middleName, String role,
		String classTeacherOf, String teaches) {

}
