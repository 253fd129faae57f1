package org.classbell.app.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A week of a {@link City}'s journal: for every student 20 marks (none in grade 1), 2
 * absences, latenesses or excused absences, some praise and remarks; the attendance taken
 * for nearly every lesson, and homework in every subject.
 */
final class CityJournal {

	private static final String PRAISE = "Помог подготовить школьный концерт";

	private static final String REMARK = "Разговаривал на уроке, мешал классу";

	private final City city;

	private final City.Shape shape;

	CityJournal(City city) {
		this.city = city;
		this.shape = city.shape();
	}

	void week(Connection connection, LocalDate monday, int week, long[] classes, long[] subjects, long[] subgroups,
			long[] staff, long[] students) throws SQLException {
		int perSchool = this.shape.teachers() + 1;
		try (Copy marks = this.city
			.copy("mark (student_id, subject_id, day, lesson_no, value, modifier, author_id, recorded_at)");
				Copy attendance = this.city
					.copy("attendance (student_id, day, lesson_no, status, reason, author_id, recorded_at)");
				Copy notes = this.city.copy("behaviour_note (student_id, kind, text, day, author_id, recorded_at)")) {
			for (int i = 0; i < students.length; i++) {
				int k = i / City.CLASS_SIZE;
				int c = k % this.shape.classes();
				int school = k / this.shape.classes();
				int group = i % 2;
				if (City.grade(c) > 1) {
					for (int slot = 0; slot < City.SLOTS; slot++) {
						if ((slot + i + week) % 3 == 0) {
							continue;
						}
						int subject = City.subjectAt(c, slot);
						int hash = City.mix(i, week, slot);
						int value = (hash % 100 < 35) ? 5 : (hash % 100 < 75) ? 4 : (hash % 100 < 95) ? 3 : 2;
						marks.value(students[i])
							.value(subjects[school * City.SUBJECTS.length + subject])
							.value(City.day(monday, slot))
							.value(City.lesson(slot))
							.value(value);
						if (hash % 7 == 0) {
							marks.value((value == 5) ? "-" : "+");
						}
						else {
							marks.nothing();
						}
						marks
							.value(staff[school * perSchool
									+ this.city.teacherOf(c, subject, City.groups(c, subject) > 1 ? group : 0)])
							.value(City.at(City.day(monday, slot), City.startsAt(City.lesson(slot)).plusMinutes(40)))
							.row();
					}
				}
				int first = (i * 7 + week * 5) % City.SLOTS;
				int[] missed = { first, (first + 13) % City.SLOTS };
				for (int a = 0; a < missed.length; a++) {
					int slot = missed[a];
					String status = (a == 1 && i % 10 == 0) ? "late" : (a == 1 && i % 4 == 0) ? "excused" : "absent";
					attendance.value(students[i])
						.value(City.day(monday, slot))
						.value(City.lesson(slot))
						.value(status)
						.value("excused".equals(status) ? "болезнь" : null)
						.value(staff[school * perSchool + c])
						.value(City.at(City.day(monday, slot), City.startsAt(City.lesson(slot)).plusMinutes(5)))
						.row();
				}
				int note = (i * 3 + week) % 30;
				if (note < 4) {
					LocalDate day = monday.plusDays(i % City.DAYS);
					notes.value(students[i])
						.value((note < 3) ? "praise" : "remark")
						.value((note < 3) ? PRAISE : REMARK)
						.value(day)
						.value(staff[school * perSchool + c])
						.value(City.at(day, LocalTime.of(15, 0)))
						.row();
				}
			}
			this.city.wrote(marks.rows() + attendance.rows() + notes.rows());
		}
		try (Copy taken = this.city
			.copy("attendance_taken (class_id, subgroup_id, day, lesson_no, taken_by, taken_at)");
				Copy homework = this.city
					.copy("homework (class_id, subject_id, assigned_on, due_on, text, author_id, recorded_at)")) {
			for (int k = 0; k < classes.length; k++) {
				int c = k % this.shape.classes();
				int school = k / this.shape.classes();
				boolean[] given = new boolean[City.SUBJECTS.length];
				for (int slot = 0; slot < City.SLOTS; slot++) {
					int subject = City.subjectAt(c, slot);
					LocalDate day = City.day(monday, slot);
					for (int group = 0; group < City.groups(c, subject); group++) {
						if ((slot + c + week + group) % 33 == 0) {
							continue;
						}
						taken.value(classes[k]);
						if (City.groups(c, subject) > 1) {
							taken.value(subgroups[k * 2 + group]);
						}
						else {
							taken.nothing();
						}
						taken.value(day)
							.value(City.lesson(slot))
							.value(staff[school * perSchool + this.city.teacherOf(c, subject, group)])
							.value(City.at(day, City.startsAt(City.lesson(slot)).plusMinutes(3)))
							.row();
					}
					if (!given[subject]) {
						given[subject] = true;
						homework.value(classes[k])
							.value(subjects[school * City.SUBJECTS.length + subject])
							.value(day)
							.value(day.plusDays(2))
							.value("Параграф " + (10 + week * 2 + subject % 3) + ", упражнения " + (1 + slot) + "–"
									+ (4 + slot))
							.value(staff[school * perSchool + this.city.teacherOf(c, subject, 0)])
							.value(City.at(day, City.startsAt(City.lesson(slot)).plusMinutes(44)))
							.row();
					}
				}
			}
			this.city.wrote(taken.rows() + homework.rows());
		}
	}

}
