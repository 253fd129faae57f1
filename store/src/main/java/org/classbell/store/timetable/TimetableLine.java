package org.classbell.store.timetable;

/**
 * One line of a timetable file as read, before it is checked.
 *
 * @param line the line of the file, the header being line 1
 * @param className column {@code class}
 * @param subgroup column {@code subgroup}: empty for the whole class
 * @param weekday column {@code weekday}: 1 (Monday) to 7
 * @param lessonNo column {@code lesson_no}
 * @param startsAt column {@code starts_at}: {@code HH:MM}
 * @param subject column {@code subject}
 * @param teacher column {@code teacher}: {@code <last name> <first name>}
 */
public record TimetableLine(long line, String className, String subgroup, String weekday, String lessonNo,
		String startsAt, String subject, String teacher) {

}
