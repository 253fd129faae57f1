package org.classbell.store.timetable;

import org.classbell.store.roster.ClassId;

/**
 * A subject a teacher teaches in a class, by assignment or by the timetable.
 */
public record Teaching(ClassId classId, String className, SubjectId subjectId, String subject) {

}
