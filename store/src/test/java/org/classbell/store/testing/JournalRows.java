package org.classbell.store.testing;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Journal rows written straight into their tables, by student name, as a fixture of what
 * teachers recorded before a test starts: marks, attendance, behaviour notes and
 * homework.
 */
public final class JournalRows {

	private final JdbcClient jdbc;

	public JournalRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What the report tests read of the {@link ImportedSchool}: the week from Monday 23
	 * November 2026 to the Wednesday (marks, absences and an excused day of Пётр, a
	 * praise and homework for him; a mark, a lateness and a remark of Борис; a mark of
	 * Анна; a day's absence of Лев) and a mark and an absence of Пётр the week before.
	 */
	public void weekOf23November() {
		mark("Иванов", "Пётр", "Алгебра", "2026-11-23", 5, null);
		mark("Иванов", "Пётр", "Алгебра", "2026-11-24", 4, "-");
		mark("Иванов", "Пётр", "Геометрия", "2026-11-25", 3, null);
		attendance("Иванов", "Пётр", "2026-11-24", 3, "absent");
		attendance("Иванов", "Пётр", "2026-11-24", 4, "absent");
		attendance("Иванов", "Пётр", "2026-11-23", null, "excused");
		note("Иванов", "Пётр", "praise", "2026-11-25", "помог однокласснику");
		homework("5А", "Алгебра", "2026-11-25", "2026-11-27", "№ 125, 126");
		mark("Алексеев", "Борис", "Геометрия", "2026-11-25", 2, null);
		attendance("Алексеев", "Борис", "2026-11-25", 1, "late");
		note("Алексеев", "Борис", "remark", "2026-11-24", "не было сменной обуви");
		mark("Петрова", "Анна", "Алгебра", "2026-11-24", 3, "+");
		attendance("Смирнов", "Лев", "2026-11-24", null, "absent");
		// the week before, Monday 16 to Wednesday 18 November
		mark("Иванов", "Пётр", "Алгебра", "2026-11-17", 3, null);
		attendance("Иванов", "Пётр", "2026-11-17", 2, "absent");
	}

	public long student(String lastName, String firstName) {
		return this.jdbc.sql("select id from student where last_name = ? and first_name = ?")
			.params(lastName, firstName)
			.query(Long.class)
			.single();
	}

	public void mark(String lastName, String firstName, String subject, String day, int value, String modifier) {
		this.jdbc.sql("""
				insert into mark (student_id, subject_id, day, value, modifier, recorded_at)
				select ?, id, ?, ?, ?, now() from subject where name = ?
				""").params(student(lastName, firstName), LocalDate.parse(day), value, modifier, subject).update();
	}

	public void attendance(String lastName, String firstName, String day, Integer lesson, String status) {
		this.jdbc.sql("""
				insert into attendance (student_id, day, lesson_no, status, recorded_at) values (?, ?, ?, ?, now())
				""").params(student(lastName, firstName), LocalDate.parse(day), lesson, status).update();
	}

	public void note(String lastName, String firstName, String kind, String day, String text) {
		this.jdbc.sql("""
				insert into behaviour_note (student_id, kind, text, day, recorded_at) values (?, ?, ?, ?, now())
				""").params(student(lastName, firstName), kind, text, LocalDate.parse(day)).update();
	}

	public void homework(String className, String subject, String assignedOn, String dueOn, String text) {
		this.jdbc.sql("""
				insert into homework (class_id, subject_id, assigned_on, due_on, text, recorded_at)
				select c.id, s.id, ?, ?, ?, now() from school_class c, subject s where c.name = ? and s.name = ?
				""").params(LocalDate.parse(assignedOn), LocalDate.parse(dueOn), text, className, subject).update();
	}

}
