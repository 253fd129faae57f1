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

import org.classbell.store.Names;
import org.classbell.store.roster.ClassName;

/**
 * Fills an empty ClassBell database with a city, row by row through PostgreSQL's
 * {@code COPY}: schools of classes 1 to 11 with 25 students each (grade 1 keeps
 * attendance only; an English class splits in two subgroups), one guardian per student
 * and a second for every other one (60% linked to Telegram, 40% by SMS, all with
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

	private static final int GRADES = 11;

	private static final int SUBJECT_TEACHERS = 10;

	private static final int DAYS = 5;

	private static final int LESSONS = 6;

	private static final int SLOTS = DAYS * LESSONS;

	private static final int ENGLISH = 5;

	static final String[] SUBJECTS = { "Русский язык", "Литература", "Математика", "Окружающий мир", "История",
			"Английский язык", "Биология", "География", "Физика", "Информатика" };

	private static final String[] BOYS = { "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов",
			"Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев" };

	private static final String[] BOY_NAMES = { "Александр", "Михаил", "Максим", "Артём", "Лев", "Матвей", "Иван",
			"Дмитрий", "Марк", "Тимофей", "Егор", "Фёдор" };

	private static final String[] GIRL_NAMES = { "София", "Анна", "Мария", "Алиса", "Ева", "Виктория", "Полина",
			"Варвара", "Василиса", "Александра", "Ксения", "Вера" };

	private static final String[] FATHERS = { "Сергей", "Андрей", "Алексей", "Павел", "Олег", "Николай" };

	private static final String[] MOTHERS = { "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана" };

	private static final String[] TEACHER_NAMES = { "Елена", "Ирина", "Дмитрий" };

	private static final String PRAISE = "Помог подготовить школьный концерт";

	private static final String REMARK = "Разговаривал на уроке, мешал классу";

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

	Written write() throws SQLException {
		long started = System.nanoTime();
		List<ClassTeacher> classTeachers = new ArrayList<>();
		long[] schools;
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(true);
			this.superuser = query(connection, "select rolsuper from pg_roles where rolname = current_user") == 1;
			triggers(connection, false);
			try {
				schools = schools(connection);
				long[] classes = classes(connection, schools);
				long[] subjects = subjects(connection, schools);
				long[] subgroups = subgroups(connection, classes);
				long[] staff = staff(connection, schools);
				teaching(connection, schools, classes, subjects, subgroups, staff);
				long[] students = students(connection, schools, classes);
				members(connection, subgroups, students);
				guardians(connection, schools, students, staff);
				for (int week = 0; week < this.shape.weeks(); week++) {
					LocalDate monday = this.shape.lastMonday().minusWeeks(this.shape.weeks() - 1 - week);
					journal(connection, monday, week, classes, subjects, subgroups, staff, students);
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

	private long[] schools(Connection connection) throws SQLException {
		long before = maxId(connection, "school");
		try (Copy copy = copy("school (name, name_key, time_zone)")) {
			for (int s = 0; s < this.shape.schools(); s++) {
				String name = "Школа №" + (s + 1);
				copy.value(name).value(Names.key(name)).value(ZONE.getId()).row();
			}
			this.rows += copy.rows();
		}
		long[] ids = ids(connection, "school", before, this.shape.schools());
		long yearsBefore = maxId(connection, "academic_year");
		try (Copy years = copy("academic_year (school_id, name, starts_on, ends_on)")) {
			for (long school : ids) {
				years.value(school).value("2026/2027").value("2026-09-01").value("2027-05-31").row();
			}
			this.rows += years.rows();
		}
		long[] years = ids(connection, "academic_year", yearsBefore, ids.length);
		try (Copy terms = copy("term (academic_year_id, name, starts_on, ends_on)")) {
			String[][] quarters = { { "1 четверть", "2026-09-01", "2026-10-24" },
					{ "2 четверть", "2026-11-05", "2026-12-28" }, { "3 четверть", "2027-01-12", "2027-03-20" },
					{ "4 четверть", "2027-03-30", "2027-05-31" } };
			for (long year : years) {
				for (String[] quarter : quarters) {
					terms.value(year).value(quarter[0]).value(quarter[1]).value(quarter[2]).row();
				}
			}
			this.rows += terms.rows();
		}
		return ids;
	}

	private long[] classes(Connection connection, long[] schools) throws SQLException {
		long before = maxId(connection, "school_class");
		try (Copy copy = copy("school_class (school_id, name, name_key, grade, attendance_only)")) {
			for (long school : schools) {
				for (int c = 0; c < this.shape.classes(); c++) {
					ClassName name = ClassName.parse(className(c)).orElseThrow();
					copy.value(school)
						.value(name.display())
						.value(name.key())
						.value(name.grade())
						.value(name.grade() == 1)
						.row();
				}
			}
			this.rows += copy.rows();
		}
		return ids(connection, "school_class", before, schools.length * this.shape.classes());
	}

	private long[] subjects(Connection connection, long[] schools) throws SQLException {
		long before = maxId(connection, "subject");
		try (Copy copy = copy("subject (school_id, name, name_key)")) {
			for (long school : schools) {
				for (String subject : SUBJECTS) {
					copy.value(school).value(subject).value(Names.key(subject)).row();
				}
			}
			this.rows += copy.rows();
		}
		return ids(connection, "subject", before, schools.length * SUBJECTS.length);
	}

	/**
	 * Two English subgroups for each class above grade 1: ids by class and group, 0 for
	 * none.
	 */
	private long[] subgroups(Connection connection, long[] classes) throws SQLException {
		long before = maxId(connection, "subgroup");
		int count = 0;
		try (Copy copy = copy("subgroup (class_id, name, name_key)")) {
			for (int k = 0; k < classes.length; k++) {
				if (grade(k % this.shape.classes()) > 1) {
					for (int group = 1; group <= 2; group++) {
						copy.value(classes[k]).value(String.valueOf(group)).value(String.valueOf(group)).row();
						count++;
					}
				}
			}
			this.rows += copy.rows();
		}
		long[] ids = ids(connection, "subgroup", before, count);
		long[] byClass = new long[classes.length * 2];
		int next = 0;
		for (int k = 0; k < classes.length; k++) {
			if (grade(k % this.shape.classes()) > 1) {
				byClass[k * 2] = ids[next++];
				byClass[k * 2 + 1] = ids[next++];
			}
		}
		return byClass;
	}

	private long[] staff(Connection connection, long[] schools) throws SQLException {
		long before = maxId(connection, "staff");
		int perSchool = this.shape.teachers() + 1;
		try (Copy copy = copy(
				"staff (school_id, last_name, first_name, middle_name, last_name_key, first_name_key, role)")) {
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
			this.rows += copy.rows();
		}
		long[] ids = ids(connection, "staff", before, schools.length * perSchool);
		try (Copy links = copy("telegram_link (telegram_user_id, chat_id, staff_id, linked_at, consented_at)")) {
			for (int s = 0; s < schools.length; s++) {
				for (int t = 0; t < perSchool; t++) {
					long user = teacherUser(s, t);
					links.value(user)
						.value(user)
						.value(ids[s * perSchool + t])
						.value("2026-09-01T08:00:00+03:00")
						.value("2026-09-01T08:00:00+03:00")
						.row();
				}
			}
			this.rows += links.rows();
		}
		return ids;
	}

	/**
	 * Class teachers, teaching assignments and the timetable.
	 */
	private void teaching(Connection connection, long[] schools, long[] classes, long[] subjects, long[] subgroups,
			long[] staff) throws SQLException {
		int perSchool = this.shape.teachers() + 1;
		try (Copy leads = copy("class_teacher (class_id, staff_id)")) {
			for (int k = 0; k < classes.length; k++) {
				leads.value(classes[k])
					.value(staff[(k / this.shape.classes()) * perSchool + k % this.shape.classes()])
					.row();
			}
			this.rows += leads.rows();
		}
		try (Copy timetable = copy(
				"timetable_lesson (school_id, class_id, subgroup_id, weekday, lesson_no, starts_at, subject_id, staff_id)");
				Copy assignments = copy("teaching_assignment (class_id, subject_id, staff_id)")) {
			for (int k = 0; k < classes.length; k++) {
				int s = k / this.shape.classes();
				int c = k % this.shape.classes();
				boolean[][] assigned = new boolean[SUBJECTS.length][this.shape.teachers()];
				for (int slot = 0; slot < SLOTS; slot++) {
					int subject = subjectAt(c, slot);
					for (int group = 0; group < groups(c, subject); group++) {
						int teacher = teacherOf(c, subject, group);
						timetable.value(schools[s]).value(classes[k]);
						if (groups(c, subject) > 1) {
							timetable.value(subgroups[k * 2 + group]);
						}
						else {
							timetable.nothing();
						}
						timetable.value(1 + slot / LESSONS)
							.value(lesson(slot))
							.value(startsAt(lesson(slot)))
							.value(subjects[s * SUBJECTS.length + subject])
							.value(staff[s * perSchool + teacher])
							.row();
						if (!assigned[subject][teacher]) {
							assigned[subject][teacher] = true;
							assignments.value(classes[k])
								.value(subjects[s * SUBJECTS.length + subject])
								.value(staff[s * perSchool + teacher])
								.row();
						}
					}
				}
			}
			this.rows += timetable.rows() + assignments.rows();
		}
	}

	private long[] students(Connection connection, long[] schools, long[] classes) throws SQLException {
		long before = maxId(connection, "student");
		try (Copy copy = copy(
				"student (school_id, class_id, list_no, last_name, first_name, last_name_key, first_name_key)")) {
			for (int k = 0; k < classes.length; k++) {
				for (int n = 1; n <= CLASS_SIZE; n++) {
					int i = k * CLASS_SIZE + n;
					boolean girl = i % 2 == 0;
					String last = BOYS[(i * 7) % BOYS.length] + (girl ? "а" : "");
					String first = girl ? GIRL_NAMES[(i * 5) % GIRL_NAMES.length]
							: BOY_NAMES[(i * 5) % BOY_NAMES.length];
					copy.value(schools[k / this.shape.classes()])
						.value(classes[k])
						.value(n)
						.value(last)
						.value(first)
						.value(Names.key(last))
						.value(Names.key(first))
						.row();
				}
			}
			this.rows += copy.rows();
		}
		return ids(connection, "student", before, classes.length * CLASS_SIZE);
	}

	private void members(Connection connection, long[] subgroups, long[] students) throws SQLException {
		try (Copy copy = copy("subgroup_member (subgroup_id, student_id)")) {
			for (int i = 0; i < students.length; i++) {
				long group = subgroups[(i / CLASS_SIZE) * 2 + i % 2];
				if (group != 0) {
					copy.value(group).value(students[i]).row();
				}
			}
			this.rows += copy.rows();
		}
	}

	/**
	 * The guardians: the first of each student, and a second of every other one; the
	 * guardian numbered {@code g} (from 0) is on Telegram when {@code g % 5 < 3}.
	 */
	private void guardians(Connection connection, long[] schools, long[] students, long[] staff) throws SQLException {
		long before = maxId(connection, "guardian");
		List<Integer> children = new ArrayList<>();
		try (Copy copy = copy(
				"guardian (school_id, full_name, name_key, phone, language, consent_at, consent_source)")) {
			for (int i = 0; i < students.length; i++) {
				for (int second = 0; second <= ((i % 2 == 0) ? 1 : 0); second++) {
					int g = children.size();
					String last = BOYS[((i + 1) * 7) % BOYS.length] + ((second == 0) ? "а" : "");
					String name = last + " "
							+ ((second == 0) ? MOTHERS[g % MOTHERS.length] : FATHERS[g % FATHERS.length]) + " "
							+ ((second == 0) ? "Петровна" : "Иванович");
					boolean telegram = g % 5 < 3;
					copy.value(schools[i / this.shape.studentsPerSchool()])
						.value(name)
						.value(Names.key(name))
						.value(phone(g))
						.value((g % 20 == 0) ? "en" : "ru")
						.value("2026-09-01T09:00:00+03:00")
						.value(telegram ? "telegram" : "roster")
						.row();
					children.add(i);
				}
			}
			this.rows += copy.rows();
		}
		long[] ids = ids(connection, "guardian", before, children.size());
		try (Copy links = copy("student_guardian (student_id, guardian_id)");
				Copy telegram = copy(
						"telegram_link (telegram_user_id, chat_id, guardian_id, linked_at, consented_at)")) {
			for (int g = 0; g < ids.length; g++) {
				links.value(students[children.get(g)]).value(ids[g]).row();
				if (g % 5 < 3) {
					long user = guardianUser(g);
					telegram.value(user)
						.value(user)
						.value(ids[g])
						.value("2026-09-02T20:00:00+03:00")
						.value("2026-09-02T20:01:00+03:00")
						.row();
				}
			}
			this.rows += links.rows() + telegram.rows();
		}
	}

	private void journal(Connection connection, LocalDate monday, int week, long[] classes, long[] subjects,
			long[] subgroups, long[] staff, long[] students) throws SQLException {
		int perSchool = this.shape.teachers() + 1;
		try (Copy marks = copy(
				"mark (student_id, subject_id, day, lesson_no, value, modifier, author_id, recorded_at)");
				Copy attendance = copy(
						"attendance (student_id, day, lesson_no, status, reason, author_id, recorded_at)");
				Copy notes = copy("behaviour_note (student_id, kind, text, day, author_id, recorded_at)")) {
			for (int i = 0; i < students.length; i++) {
				int k = i / CLASS_SIZE;
				int c = k % this.shape.classes();
				int school = k / this.shape.classes();
				int group = i % 2;
				if (grade(c) > 1) {
					for (int slot = 0; slot < SLOTS; slot++) {
						if ((slot + i + week) % 3 == 0) {
							continue;
						}
						int subject = subjectAt(c, slot);
						int hash = mix(i, week, slot);
						int value = (hash % 100 < 35) ? 5 : (hash % 100 < 75) ? 4 : (hash % 100 < 95) ? 3 : 2;
						marks.value(students[i])
							.value(subjects[school * SUBJECTS.length + subject])
							.value(day(monday, slot))
							.value(lesson(slot))
							.value(value);
						if (hash % 7 == 0) {
							marks.value((value == 5) ? "-" : "+");
						}
						else {
							marks.nothing();
						}
						marks.value(
								staff[school * perSchool + teacherOf(c, subject, groups(c, subject) > 1 ? group : 0)])
							.value(at(day(monday, slot), startsAt(lesson(slot)).plusMinutes(40)))
							.row();
					}
				}
				int first = (i * 7 + week * 5) % SLOTS;
				int[] missed = { first, (first + 13) % SLOTS };
				for (int a = 0; a < missed.length; a++) {
					int slot = missed[a];
					String status = (a == 1 && i % 10 == 0) ? "late" : (a == 1 && i % 4 == 0) ? "excused" : "absent";
					attendance.value(students[i])
						.value(day(monday, slot))
						.value(lesson(slot))
						.value(status)
						.value("excused".equals(status) ? "болезнь" : null)
						.value(staff[school * perSchool + c])
						.value(at(day(monday, slot), startsAt(lesson(slot)).plusMinutes(5)))
						.row();
				}
				int note = (i * 3 + week) % 30;
				if (note < 4) {
					LocalDate day = monday.plusDays(i % DAYS);
					notes.value(students[i])
						.value((note < 3) ? "praise" : "remark")
						.value((note < 3) ? PRAISE : REMARK)
						.value(day)
						.value(staff[school * perSchool + c])
						.value(at(day, LocalTime.of(15, 0)))
						.row();
				}
			}
			this.rows += marks.rows() + attendance.rows() + notes.rows();
		}
		try (Copy taken = copy("attendance_taken (class_id, subgroup_id, day, lesson_no, taken_by, taken_at)");
				Copy homework = copy(
						"homework (class_id, subject_id, assigned_on, due_on, text, author_id, recorded_at)")) {
			for (int k = 0; k < classes.length; k++) {
				int c = k % this.shape.classes();
				int school = k / this.shape.classes();
				boolean[] given = new boolean[SUBJECTS.length];
				for (int slot = 0; slot < SLOTS; slot++) {
					int subject = subjectAt(c, slot);
					LocalDate day = day(monday, slot);
					for (int group = 0; group < groups(c, subject); group++) {
						if ((slot + c + week + group) % 33 == 0) {
							continue;
						}
						taken.value(classes[k]);
						if (groups(c, subject) > 1) {
							taken.value(subgroups[k * 2 + group]);
						}
						else {
							taken.nothing();
						}
						taken.value(day)
							.value(lesson(slot))
							.value(staff[school * perSchool + teacherOf(c, subject, group)])
							.value(at(day, startsAt(lesson(slot)).plusMinutes(3)))
							.row();
					}
					if (!given[subject]) {
						given[subject] = true;
						homework.value(classes[k])
							.value(subjects[school * SUBJECTS.length + subject])
							.value(day)
							.value(day.plusDays(2))
							.value("Параграф " + (10 + week * 2 + subject % 3) + ", упражнения " + (1 + slot) + "–"
									+ (4 + slot))
							.value(staff[school * perSchool + teacherOf(c, subject, 0)])
							.value(at(day, startsAt(lesson(slot)).plusMinutes(44)))
							.row();
					}
				}
			}
			this.rows += taken.rows() + homework.rows();
		}
	}

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

	private static int subjectAt(int c, int slot) {
		return (slot * 3 + c + slot / LESSONS) % SUBJECTS.length;
	}

	private static int groups(int c, int subject) {
		return (subject == ENGLISH && grade(c) > 1) ? 2 : 1;
	}

	private int teacherOf(int c, int subject, int group) {
		return this.shape.classes() + (subject + c + group * 3) % SUBJECT_TEACHERS;
	}

	private static int lesson(int slot) {
		return 1 + slot % LESSONS;
	}

	private static LocalDate day(LocalDate monday, int slot) {
		return monday.plusDays(slot / LESSONS);
	}

	private static LocalTime startsAt(int lesson) {
		return LocalTime.of(8, 30).plusMinutes(55L * (lesson - 1));
	}

	private static OffsetDateTime at(LocalDate day, LocalTime time) {
		return OffsetDateTime.of(day, time, ZoneOffset.ofHours(3));
	}

	private static int mix(int i, int week, int slot) {
		int h = i * 0x9E3779B1 + week * 0x85EBCA6B + slot * 0xC2B2AE35;
		h ^= h >>> 15;
		return Math.floorMod(h * 0x2C1B3C6D, 1 << 20);
	}

	private Copy copy(String tableAndColumns) throws SQLException {
		return Copy.into(this.dataSource, this.superuser, tableAndColumns);
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

	private static long maxId(Connection connection, String table) throws SQLException {
		return query(connection, "select coalesce(max(id), 0) from " + table);
	}

	/**
	 * The ids of the rows a copy just wrote, in the order it wrote them: a copy takes its
	 * ids from the table's sequence one row after the other.
	 */
	private static long[] ids(Connection connection, String table, long after, int count) throws SQLException {
		long[] ids = new long[count];
		int n = 0;
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("select id from " + table + " where id > " + after + " order by id")) {
			while (rows.next()) {
				if (n == count) {
					throw new IllegalStateException("More rows in " + table + " than were copied");
				}
				ids[n++] = rows.getLong(1);
			}
		}
		if (n != count) {
			throw new IllegalStateException(n + " rows in " + table + ", " + count + " copied");
		}
		return ids;
	}

	private static long query(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			Object value = result.getObject(1);
			return (value instanceof Boolean flag) ? (flag ? 1 : 0) : ((Number) value).longValue();
		}
	}

}
