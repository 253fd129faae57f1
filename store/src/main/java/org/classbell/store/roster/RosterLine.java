package org.classbell.store.roster;

/**
 * One line of a roster file as read, before it is checked: one student and at most one
 * guardian.
 *
 * @param line the line of the file, the header being line 1
 * @param className column {@code class}
 * @param listNo column {@code list_no}
 * @param lastName column {@code last_name}
 * @param firstName column {@code first_name}
 * @param middleName column {@code middle_name}
 * @param guardianName column {@code guardian_name}
 * @param guardianPhone column {@code guardian_phone}
 * @param guardianLanguage column {@code guardian_language}
 * @param consent column {@code consent}
 * @param subgroups optional column {@code subgroups}: the student's subgroups, such as
 * {@code 1;Информатика 2}; {@code null} when the file has no such column
 */
public record RosterLine(long line, String className, String listNo, String lastName, String firstName,
		String middleName, String guardianName, String guardianPhone, String guardianLanguage, String consent,
		String subgroups) {

}
