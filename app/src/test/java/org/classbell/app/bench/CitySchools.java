package org.classbell.app.bench;

import java.sql.Connection;
import java.sql.SQLException;

import org.classbell.store.Names;
import org.classbell.store.roster.ClassName;

/**
 * The schools of a {@link City}: their school year and terms, classes, subjects, English
 * subgroups, staff linked to Telegram, class teachers, teaching assignments and
 * timetable.
 */
final class CitySchools {

	private static final String[] TEACHER_NAMES = { "Елена", "Ирина", "Дмитрий" };

	private final City city;

	private final City.Shape shape;

	CitySchools(City city) {
		this.city = city;
		this.shape = city.shape();
	}

	/**
	 * The school year and its terms of each school, made before through the schools API.
	 */
	void years(Connection connection, long[] ids) throws SQLException {
		long yearsBefore = Copy.maxId(connection, "academic_year");
		try (Copy years = this.city.copy("academic_year (school_id, name, starts_on, ends_on)")) {
			for (long school : ids) {
				years.value(school).value("2026/2027").value("2026-09-01").value("2027-05-31").row();
			}
			this.city.wrote(years.rows());
		}
		long[] years = Copy.ids(connection, "academic_year", yearsBefore, ids.length);
		try (Copy terms = this.city.copy("term (academic_year_id, name, starts_on, ends_on)")) {
			String[][] quarters = { { "1 четверть", "2026-09-01", "2026-10-24" },
					{ "2 четверть", "2026-11-05", "2026-12-28" }, { "3 четверть", "2027-01-12", "2027-03-20" },
					{ "4 четверть", "2027-03-30", "2027-05-31" } };
			for (long year : years) {
				for (String[] quarter : quarters) {
					terms.value(year).value(quarter[0]).value(quarter[1]).value(quarter[2]).row();
				}
			}
			this.city.wrote(terms.rows());
		}
	}

	long[] classes(Connection connection, long[] schools) throws SQLException {
		long before = Copy.maxId(connection, "school_class");
		try (Copy copy = this.city.copy("school_class (school_id, name, name_key, grade, attendance_only)")) {
			for (long school : schools) {
				for (int c = 0; c < this.shape.classes(); c++) {
					ClassName name = ClassName.parse(City.className(c)).orElseThrow();
					copy.value(school)
						.value(name.display())
						.value(name.key())
						.value(name.grade())
						.value(name.grade() == 1)
						.row();
				}
			}
			this.city.wrote(copy.rows());
		}
		return Copy.ids(connection, "school_class", before, schools.length * this.shape.classes());
	}

	long[] subjects(Connection connection, long[] schools) throws SQLException {
		long before = Copy.maxId(connection, "subject");
		try (Copy copy = this.city.copy("subject (school_id, name, name_key)")) {
			for (long school : schools) {
				for (String subject : City.SUBJECTS) {
					copy.value(school).value(subject).value(Names.key(subject)).row();
				}
			}
			this.city.wrote(copy.rows());
		}
		return Copy.ids(connection, "subject", before, schools.length * City.SUBJECTS.length);
	}

	/**
	 * Two English subgroups for each class above grade 1: ids by class and group, 0 for
	 * none.
	 */
	long[] subgroups(Connection connection, long[] classes) throws SQLException {
		long before = Copy.maxId(connection, "subgroup");
		int count = 0;
		try (Copy copy = this.city.copy("subgroup (class_id, name, name_key)")) {
			for (int k = 0; k < classes.length; k++) {
				if (City.grade(k % this.shape.classes()) > 1) {
					for (int group = 1; group <= 2; group++) {
						copy.value(classes[k]).value(String.valueOf(group)).value(String.valueOf(group)).row();
						count++;
					}
				}
			}
			this.city.wrote(copy.rows());
		}
		long[] ids = Copy.ids(connection, "subgroup", before, count);
		long[] byClass = new long[classes.length * 2];
		int next = 0;
		for (int k = 0; k < classes.length; k++) {
			if (City.grade(k % this.shape.classes()) > 1) {
				byClass[k * 2] = ids[next++];
				byClass[k * 2 + 1] = ids[next++];
			}
		}
		return byClass;
	}

	long[] staff(Connection connection, long[] schools) throws SQLException {
		long before = Copy.maxId(connection, "staff");
		int perSchool = this.shape.teachers() + 1;
		try (Copy copy = this.city
			.copy("staff (school_id, last_name, first_name, middle_name, last_name_key, first_name_key, role)")) {
			for (long school : schools) {
				for (int t = 0; t < perSchool; t++) {
					String last = (t < this.shape.teachers()) ? "Учитель" + (t + 1) : "Завуч";
					String first = TEACHER_NAMES[t % TEACHER_NAMES.length];
					copy.value(school)
						.value(last)
						.value(first)
						.value("")
						.value(Names.key(last))
						.value(Names.key(first))
						.value((t < this.shape.teachers()) ? "teacher" : "admin")
						.row();
				}
			}
			this.city.wrote(copy.rows());
		}
		long[] ids = Copy.ids(connection, "staff", before, schools.length * perSchool);
		try (Copy links = this.city
			.copy("chat_link (school_id, user_id, chat_id, staff_id, linked_at, consented_at)")) {
			for (int s = 0; s < schools.length; s++) {
				for (int t = 0; t < perSchool; t++) {
					long user = this.city.teacherUser(s, t);
					links.value(schools[s])
						.value(user)
						.value(user)
						.value(ids[s * perSchool + t])
						.value("2026-09-01T08:00:00+03:00")
						.value("2026-09-01T08:00:00+03:00")
						.row();
				}
			}
			this.city.wrote(links.rows());
		}
		return ids;
	}

	/**
	 * Class teachers, teaching assignments and the timetable.
	 */
	void teaching(Connection connection, long[] schools, long[] classes, long[] subjects, long[] subgroups,
			long[] staff) throws SQLException {
		int perSchool = this.shape.teachers() + 1;
		try (Copy leads = this.city.copy("class_teacher (class_id, staff_id)")) {
			for (int k = 0; k < classes.length; k++) {
				leads.value(classes[k])
					.value(staff[(k / this.shape.classes()) * perSchool + k % this.shape.classes()])
					.row();
			}
			this.city.wrote(leads.rows());
		}
		try (Copy timetable = this.city.copy(
				"timetable_lesson (school_id, class_id, subgroup_id, weekday, lesson_no, starts_at, subject_id, staff_id)");
				Copy assignments = this.city.copy("teaching_assignment (class_id, subject_id, staff_id)")) {
			for (int k = 0; k < classes.length; k++) {
				int s = k / this.shape.classes();
				int c = k % this.shape.classes();
				boolean[][] assigned = new boolean[City.SUBJECTS.length][this.shape.teachers()];
				for (int slot = 0; slot < City.SLOTS; slot++) {
					int subject = City.subjectAt(c, slot);
					for (int group = 0; group < City.groups(c, subject); group++) {
						int teacher = this.city.teacherOf(c, subject, group);
						timetable.value(schools[s]).value(classes[k]);
						if (City.groups(c, subject) > 1) {
							timetable.value(subgroups[k * 2 + group]);
						}
						else {
							timetable.nothing();
						}
						timetable.value(1 + slot / City.LESSONS)
							.value(City.lesson(slot))
							.value(City.startsAt(City.lesson(slot)))
							.value(subjects[s * City.SUBJECTS.length + subject])
							.value(staff[s * perSchool + teacher])
							.row();
						if (!assigned[subject][teacher]) {
							assigned[subject][teacher] = true;
							assignments.value(classes[k])
								.value(subjects[s * City.SUBJECTS.length + subject])
								.value(staff[s * perSchool + teacher])
								.row();
						}
					}
				}
			}
			this.city.wrote(timetable.rows() + assignments.rows());
		}
	}

}
