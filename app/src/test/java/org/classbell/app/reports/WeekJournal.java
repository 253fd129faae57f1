package org.classbell.app.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.classbell.store.SchoolId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a school's roster and two weeks of its journal with a few set-based statements,
 * for benchmarks: classes of 25 (grades 2 to 11, two English subgroups each), one
 * guardian per student with a phone and consent (every other one also linked to
 * Telegram), ten subjects; in each week 20 marks and 2 lesson absences per student, some
 * behaviour notes; homework due the week after.
 */
final class WeekJournal {

	static final int CLASS_SIZE = 25;

	static final int MARKS = 20;

	static final int ABSENCES = 2;

	private static final String[] SUBJECTS = { "Русский язык", "Литература", "Алгебра", "Геометрия", "Физика",
			"Английский язык", "История", "Биология", "География", "Информатика" };

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	WeekJournal(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * Writes the school's roster and its journal for the week of {@code monday} and the
	 * week before, in one transaction, with triggers off where the database user may turn
	 * them off (the audit log, which no report reads, and the foreign key checks, which
	 * these rows pass); then analyzes the tables, as autovacuum would have.
	 * @return the rows written
	 */
	long write(SchoolId school, int students, LocalDate monday) {
		if (students % CLASS_SIZE != 0 || monday.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw new IllegalArgumentException("Whole classes of " + CLASS_SIZE + ", from a Monday");
		}
		Long rows = this.transactions.execute((status) -> {
			if (this.jdbc.sql("select rolsuper from pg_roles where rolname = current_user")
				.query(Boolean.class)
				.single()) {
				this.jdbc.sql("set local session_replication_role = replica").update();
			}
			return roster(school.value(), students / CLASS_SIZE) + journal(school.value(), monday)
					+ journal(school.value(), monday.minusWeeks(1)) + homework(school.value(), monday.plusWeeks(1));
		});
		this.jdbc.sql("analyze").update();
		return rows;
	}

	private long roster(long school, int classes) {
		long rows = 0;
		rows += this.jdbc.sql("""
				insert into school_class (school_id, name, name_key, grade, attendance_only)
				select ?, (2 + c % 10) || '-' || (1 + c / 10), (2 + c % 10) || '-' || (1 + c / 10), 2 + c % 10, false
				from generate_series(0, ? - 1) c
				""").params(school, classes).update();
		rows += this.jdbc.sql("""
				insert into subgroup (class_id, name, name_key)
				select c.id, 'Английский ' || k, 'английский ' || k
				from school_class c cross join generate_series(1, 2) k where c.school_id = ?
				""").param(school).update();
		rows += this.jdbc
			.sql("""
					insert into subject (school_id, name, name_key) select ?, name, lower(name) from unnest(cast(? as text[])) name
					""")
			.params(school, "{" + String.join(",", SUBJECTS) + "}")
			.update();
		rows += this.jdbc
			.sql("""
					insert into student (school_id, class_id, list_no, last_name, first_name, last_name_key, first_name_key)
					select c.school_id, c.id, n, 'Ученик' || c.id || '-' || n, f.name, 'ученик' || c.id || '-' || n, lower(f.name)
					from school_class c cross join generate_series(1, ?) n
					join (select name, ordinality - 1 as i from unnest(cast(? as text[])) with ordinality name) f
					  on f.i = (c.id + n) % 12
					where c.school_id = ?
					""")
			.params(CLASS_SIZE, "{Анна,Борис,Вера,Глеб,Дарья,Егор,Жанна,Захар,Ирина,Кирилл,Лидия,Максим}", school)
			.update();
		rows += this.jdbc.sql("""
				insert into subgroup_member (subgroup_id, student_id)
				select g.id, s.id from student s join subgroup g on g.class_id = s.class_id
				  and g.name_key = 'английский ' || (1 + s.list_no % 2)
				where s.school_id = ?
				""").param(school).update();
		rows += 2 * this.jdbc
			.sql("""
					with guardians as (
					    insert into guardian (school_id, full_name, name_key, phone, language, consent_at, consent_source)
					    select s.school_id, 'Родитель ' || s.last_name, 'bench:' || s.id, '+7911' || lpad(s.id::text, 7, '0'),
					           case when s.id % 20 = 0 then 'en' else 'ru' end, timestamptz '2026-09-01 09:00+03', 'roster'
					    from student s where s.school_id = ?
					    returning id, name_key)
					insert into student_guardian (student_id, guardian_id)
					select cast(substring(name_key from 7) as bigint), id from guardians
					""")
			.param(school)
			.update();
		rows += this.jdbc
			.sql("""
					insert into chat_link (school_id, user_id, chat_id, guardian_id, linked_at, consented_at)
					select g.school_id, 7000000000 + g.id, 7000000000 + g.id, g.id, timestamptz '2026-09-02 20:00+03', timestamptz '2026-09-02 20:01+03'
					from guardian g join student_guardian sg on sg.guardian_id = g.id
					where g.school_id = ? and sg.student_id % 2 = 0
					""")
			.param(school)
			.update();
		return rows;
	}

	private long journal(long school, LocalDate monday) {
		long rows = 0;
		rows += this.jdbc
			.sql("""
					insert into mark (student_id, subject_id, day, lesson_no, value, modifier, recorded_at)
					select s.id, sub.id, cast(? as date) + k % 5, 1 + k / 5, 2 + (s.id * 7 + k * 13 + extract(day from cast(? as date))::int) % 4,
					       case when (s.id + k) % 9 = 0 then '+' when (s.id + k) % 11 = 0 then '-' end,
					       (cast(? as date) + k % 5) + time '12:00'
					from student s cross join generate_series(0, ? - 1) k
					join (select id, cast(row_number() over (order by id) - 1 as int) as i from subject where school_id = ?) sub
					  on sub.i = (s.id + k * 3) % 10
					where s.school_id = ?
					""")
			.params(monday, monday, monday, MARKS, school, school)
			.update();
		rows += this.jdbc
			.sql("""
					insert into attendance (student_id, day, lesson_no, status, recorded_at)
					select s.id, cast(? as date) + cast((s.id + a * 2) % 5 as int), 1 + a * 3 + s.id % 3,
					       case when a = 1 and ? then 'excused' else 'absent' end, (cast(? as date) + cast((s.id + a * 2) % 5 as int)) + time '09:00'
					from student s cross join generate_series(0, ? - 1) a
					where s.school_id = ?
					""")
			.params(monday, monday.getDayOfMonth() % 2 == 0, monday, ABSENCES, school)
			.update();
		rows += this.jdbc
			.sql("""
					insert into behaviour_note (student_id, kind, text, day, recorded_at)
					select s.id, case when s.id % 10 = 0 then 'remark' else 'praise' end,
					       case when s.id % 10 = 0 then 'Разговаривал на уроке, мешал классу' else 'Помог подготовить школьный концерт' end,
					       cast(? as date) + cast(s.id % 5 as int), (cast(? as date) + cast(s.id % 5 as int)) + time '15:00'
					from student s where s.school_id = ? and (s.id % 10 = 0 or s.id % 7 = 0)
					""")
			.params(monday, monday, school)
			.update();
		return rows;
	}

	private long homework(long school, LocalDate due) {
		return this.jdbc
			.sql("""
					insert into homework (class_id, subgroup_id, subject_id, assigned_on, due_on, text, recorded_at)
					select c.id, g.id, sub.id, cast(? as date) - 3, cast(? as date) + sub.i % 3,
					       'Параграф ' || (10 + sub.i) || ', упражнения 1–5', (cast(? as date) - 3) + time '14:00'
					from school_class c
					join (select id, name_key, cast(row_number() over (order by id) - 1 as int) as i from subject where school_id = ?) sub on sub.i < 6
					left join subgroup g on g.class_id = c.id and sub.name_key = 'английский язык'
					where c.school_id = ?
					""")
			.params(due, due, due, school, school)
			.update();
	}

}
