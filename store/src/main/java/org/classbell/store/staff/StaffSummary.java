package org.classbell.store.staff;

import org.classbell.store.imports.Counts;

/**
 * What a staff import changed.
 *
 * @param lines the lines of the file
 * @param classesCreated classes the school did not have before
 * @param subjectsCreated subjects the school did not have before
 * @param staff staff created, changed, unchanged, and deactivated for being left out of
 * the file
 * @param classTeachers class teacher appointments made or changed
 * @param assignmentsAdded teaching assignments (class and subject) added
 * @param assignmentsRemoved teaching assignments the file no longer has
 */
public record StaffSummary(int lines, int classesCreated, int subjectsCreated, Counts staff, int classTeachers,
		int assignmentsAdded, int assignmentsRemoved) {

}
