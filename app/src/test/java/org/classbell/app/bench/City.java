package org.classbell.app.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Fills the schools of a city, made through the schools API, row by row through
 * PostgreSQL's {@code COPY}: schools of classes 1 to 11 with 25 students each (grade 1
 * keeps attendance only; an English class splits in two subgroups), one guardian per
 * student and a second for every other one (60% linked to Telegram, 40% by SMS, all with
 * consent), 50 teachers and an admin per school, all linked to Telegram, a timetable of
 * six lessons a day, and weeks of journal: in each, for every student 20 marks (none in
 * grade 1) and 2 absences, latenesses or excused absences, some praise and remarks, the
 * attendance taken for nearly every lesson, and homework in every subject. The audit
 * log's triggers are off while it writes (no report reads the log); then it vacuums and
 * analyzes, as autovacuum would have.
 */
final class City {

	static final int CLASS_SIZE = 25;

	static final int MARKS_PER_WEEK = 20;

	static final String LETTERS = "АБВГДЕЖИКЛ";

	static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

	static final int GRADES = 11;

	static final int SUBJECT_TEACHERS = 10;

	static final int DAYS = 5;

	static final int LESSONS = 6;

	static final int SLOTS = DAYS * LESSONS;

	static final int ENGLISH = 5;

	static final String[] SUBJECTS = { "Русский язык", "Литература", "Математика", "Окружающий мир", "История",
			"Английский язык", "Биология", "География", "Физика", "Информатика" };

	private final DataSource dataSource;

	private final Shape shape;

	private long rows;

	private boolean superuser;

	/**
	 * The size of the city.
	 *
	 * @param schools how many schools
	 * @param studentsPerSchool students in each, in whole classes of 25
	 * @param weeks weeks of journal, the last one from {@code lastMonday} to its Friday
	 * @param lastMonday the Monday of the last week
	 */
	record Shape(int schools, int studentsPerSchool, int weeks, LocalDate lastMonday) {

		Shape {
			if (studentsPerSchool % CLASS_SIZE != 0 || studentsPerSchool / CLASS_SIZE > GRADES * LETTERS.length()) {
				throw new IllegalArgumentException(
						"Students per school come in whole classes of 25, at most " + GRADES * LETTERS.length());
			}
			if (lastMonday.getDayOfWeek() != DayOfWeek.MONDAY || schools < 1 || weeks < 1) {
				throw new IllegalArgumentException("A city has a school and a week, from a Monday");
			}
		}

		int classes() {
			return this.studentsPerSchool / CLASS_SIZE;
		}

		int teachers() {
			return classes() + SUBJECT_TEACHERS;
		}

		int students() {
			return this.schools * this.studentsPerSchool;
		}

	}

	/**
	 * What was written.
	 *
	 * @param rows the rows written
	 * @param seconds how long writing them took, with the vacuum
	 * @param schools the schools' ids
	 * @param classTeachers the class teachers, with the class each leads
	 */
	record Written(long rows, double seconds, long[] schools, List<ClassTeacher> classTeachers) {

	}

	/**
	 * A class teacher linked to Telegram, and the class they lead.
	 */
	record ClassTeacher(long telegramUserId, String className, int grade) {

	}

	City(DataSource dataSource, Shape shape) {
		this.dataSource = dataSource;
		this.shape = shape;
	}

	/**
	 * Fills the schools, made before through the schools API, in the order of their ids.
	 */
	Written write(long[] schools) throws SQLException {
		long started = System.nanoTime();
		List<ClassTeacher> classTeachers = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(true);
			this.superuser = Copy.query(connection, "select rolsuper from pg_roles where rolname = current_user") == 1;
			triggers(connection, false);
			try {
				CitySchools made = new CitySchools(this);
				made.years(connection, schools);
				long[] classes = made.classes(connection, schools);
				long[] subjects = made.subjects(connection, schools);
				long[] subgroups = made.subgroups(connection, classes);
				long[] staff = made.staff(connection, schools);
				made.teaching(connection, schools, classes, subjects, subgroups, staff);
				CityFamilies families = new CityFamilies(this);
				long[] students = families.students(connection, schools, classes);
				families.members(connection, subgroups, students);
				families.guardians(connection, schools, students, staff);
				CityJournal journal = new CityJournal(this);
				for (int week = 0; week < this.shape.weeks(); week++) {
					LocalDate monday = this.shape.lastMonday().minusWeeks(this.shape.weeks() - 1 - week);
					journal.week(connection, monday, week, classes, subjects, subgroups, staff, students);
				}
				for (int s = 0; s < this.shape.schools(); s++) {
					for (int c = 0; c < this.shape.classes(); c++) {
						classTeachers.add(new ClassTeacher(teacherUser(s, c), className(c), grade(c)));
					}
				}
			}
			finally {
				triggers(connection, true);
			}
			try (Statement vacuum = connection.createStatement()) {
				vacuum.execute("vacuum analyze");
			}
		}
		return new Written(this.rows, (System.nanoTime() - started) / 1e9, schools, classTeachers);
	}

	/**
	 * The name of class {@code c} (from 0) of a school: grades 1 to 11, then the next
	 * letter.
	 */
	static String className(int c) {
		return grade(c) + LETTERS.substring(c / GRADES, c / GRADES + 1);
	}

	static int grade(int c) {
		return 1 + c % GRADES;
	}

	/**
	 * The Telegram user of teacher {@code t} (from 0) of school {@code s} (from 0).
	 */
	long teacherUser(int s, int t) {
		return 4_000_000_000L + (long) s * (this.shape.teachers() + 1) + t;
	}

	static long guardianUser(int g) {
		return 5_000_000_000L + g;
	}

	static String phone(int g) {
		return "+7900" + String.format("%07d", g);
	}

	/**
	 * The subject class {@code c} has in timetable slot {@code slot} (from 0, six lessons
	 * a day from Monday).
	 */
	static int subjectAt(int c, int slot) {
		return (slot * 3 + c + slot / LESSONS) % SUBJECTS.length;
	}

	static int groups(int c, int subject) {
		return (subject == ENGLISH && grade(c) > 1) ? 2 : 1;
	}

	/**
	 * The teacher (from 0, in the school's staff) of a subject in class {@code c}, for
	 * English group {@code group} (from 0).
	 */
	int teacherOf(int c, int subject, int group) {
		return this.shape.classes() + (subject + c + group * 3) % SUBJECT_TEACHERS;
	}

	static int lesson(int slot) {
		return 1 + slot % LESSONS;
	}

	static LocalDate day(LocalDate monday, int slot) {
		return monday.plusDays(slot / LESSONS);
	}

	static LocalTime startsAt(int lesson) {
		return LocalTime.of(8, 30).plusMinutes(55L * (lesson - 1));
	}

	static OffsetDateTime at(LocalDate day, LocalTime time) {
		return OffsetDateTime.of(day, time, ZoneOffset.ofHours(3));
	}

	static int mix(int i, int week, int slot) {
		int h = i * 0x9E3779B1 + week * 0x85EBCA6B + slot * 0xC2B2AE35;
		h ^= h >>> 15;
		return Math.floorMod(h * 0x2C1B3C6D, 1 << 20);
	}

	Shape shape() {
		return this.shape;
	}

	/**
	 * A copy into the table's columns, named as in SQL.
	 */
	Copy copy(String tableAndColumns) throws SQLException {
		return Copy.into(this.dataSource, this.superuser, tableAndColumns);
	}

	/**
	 * Counts rows written.
	 */
	void wrote(long rows) {
		this.rows += rows;
	}

	/**
	 * Turns the audit log's triggers off or on, where the copies cannot (a superuser's
	 * copies run as a replica, without triggers or foreign key checks).
	 */
	private void triggers(Connection connection, boolean on) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			if (!this.superuser) {
				try (ResultSet tables = connection.createStatement().executeQuery("""
						select distinct event_object_table from information_schema.triggers
						where trigger_name like '%\\_audit\\_%' escape '\\'""")) {
					List<String> audited = new ArrayList<>();
					while (tables.next()) {
						audited.add(tables.getString(1));
					}
					for (String table : audited) {
						statement.execute("alter table " + table + (on ? " enable" : " disable") + " trigger user");
					}
				}
			}
		}
	}

}
