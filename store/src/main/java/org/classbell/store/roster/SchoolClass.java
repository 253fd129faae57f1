package org.classbell.store.roster;

import org.classbell.store.ClassId;
import org.classbell.store.SchoolId;

/**
 * A class of a school, such as 5А.
 *
 * @param id the class
 * @param school its school
 * @param name its name as shown
 * @param grade its grade
 * @param attendanceOnly whether only attendance is kept for it, no marks (grade 1 by
 * default)
 */
public record SchoolClass(ClassId id, SchoolId school, String name, int grade, boolean attendanceOnly) {

}
