package org.classbell.store.timetable;

import org.classbell.store.ClassId;
import org.classbell.store.SubjectId;

/**
 * A subject a teacher teaches in a class, by assignment or by the timetable.
 */
public record Teaching(ClassId classId, String className, SubjectId subjectId, String subject) {

}
