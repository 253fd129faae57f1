package org.classbell.store.timetable;

import java.time.LocalTime;

import org.classbell.store.ClassId;
import org.classbell.store.StaffId;
import org.classbell.store.SubgroupId;
import org.classbell.store.SubjectId;

/**
 * A lesson of the weekly timetable.
 *
 * @param classId the class
 * @param className its name
 * @param subgroupId the subgroup, or {@code null} for the whole class
 * @param subgroup the subgroup's name, or {@code ""}
 * @param weekday 1 (Monday) to 7
 * @param lessonNo the lesson's number in the day
 * @param startsAt when it starts
 * @param subjectId the subject
 * @param subject its name
 * @param teacher who teaches it
 */
public record TimetableSlot(ClassId classId, String className, SubgroupId subgroupId, String subgroup, int weekday,
		int lessonNo, LocalTime startsAt, SubjectId subjectId, String subject, StaffId teacher) {

}
