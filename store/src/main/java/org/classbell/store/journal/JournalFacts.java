package org.classbell.store.journal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.classbell.store.ClassId;
import org.classbell.store.SchoolId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a class's journal as a list of facts for the export to the regional portal: one
 * query per class, whatever the period, its rows handed on as they arrive from the
 * database rather than held.
 */
@Repository
public class JournalFacts {

	/**
	 * Rows PostgreSQL sends at a time, so that a year of a class is never held at once.
	 */
	private static final int FETCH_SIZE = 1000;

	private static final String PERSON = "concat_ws(' ', %1$s.last_name, %1$s.first_name, nullif(%1$s.middle_name, ''))";

	private final JdbcClient jdbc;

	JournalFacts(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = JdbcClient.create(template);
	}

	/**
	 * Hands on every fact of the class's journal from one day to another (both included):
	 * by day; on each day the students' facts by lesson (the whole day first) and by
	 * register number, then the homework by subject. Marks come before attendance of the
	 * same student and lesson. Students count by the class they are in now.
	 */
	@Transactional(readOnly = true)
	public void ofClass(ClassId classId, LocalDate from, LocalDate to, Consumer<JournalFact> each) {
		this.jdbc.sql("""
				select day, lesson_no, kind, list_no, student, subject, teacher, value, due_on, subgroup, comment
				from (select m.day, m.lesson_no, 'mark' as kind, 0 as kind_order, s.list_no, %1$s as student,
				             j.name as subject, %2$s as teacher, m.value || coalesce(m.modifier, '') as value,
				             null::date as due_on, null as subgroup, null as comment, m.id
				      from mark m
				      join student s on s.id = m.student_id
				      join subject j on j.id = m.subject_id
				      left join staff t on t.id = m.author_id
				      where s.class_id = :class and m.day between :from and :to
				      union all
				      select a.day, a.lesson_no, a.status,
				             case a.status when 'absent' then 1 when 'late' then 2 else 3 end, s.list_no, %1$s, null,
				             %2$s, null, null, null, a.reason, a.id
				      from attendance a
				      join student s on s.id = a.student_id
				      left join staff t on t.id = a.author_id
				      where s.class_id = :class and a.day between :from and :to
				      union all
				      select h.assigned_on, null, 'homework', 4, null, null, j.name, %2$s, h.text, h.due_on, g.name,
				             null, h.id
				      from homework h
				      join subject j on j.id = h.subject_id
				      left join subgroup g on g.id = h.subgroup_id
				      left join staff t on t.id = h.author_id
				      where h.class_id = :class and h.assigned_on between :from and :to) as fact
				order by day, kind = 'homework', lesson_no nulls first, list_no, kind_order, subject, id
				""".formatted(PERSON.formatted("s"), PERSON.formatted("t")))
			.param("class", classId.value())
			.param("from", from)
			.param("to", to)
			.query((row) -> {
				each.accept(new JournalFact(row.getObject("day", LocalDate.class),
						row.getObject("lesson_no", Integer.class), FactKind.of(row.getString("kind")),
						row.getObject("list_no", Integer.class), row.getString("student"), row.getString("subject"),
						row.getString("teacher"), row.getString("value"), row.getObject("due_on", LocalDate.class),
						row.getString("subgroup"), row.getString("comment")));
			});
	}

	/**
	 * The classes of the school whose journal holds any fact of the day: a mark, an
	 * attendance record of one of its students, or homework set.
	 */
	public Set<ClassId> classesWithFacts(SchoolId school, LocalDate day) {
		return new LinkedHashSet<>(this.jdbc.sql("""
				select c.id from school_class c
				where c.school_id = :school
				  and (exists (select 1 from mark m join student s on s.id = m.student_id
				               where s.class_id = c.id and m.day = :day)
				       or exists (select 1 from attendance a join student s on s.id = a.student_id
				                  where s.class_id = c.id and a.day = :day)
				       or exists (select 1 from homework h where h.class_id = c.id and h.assigned_on = :day))
				order by c.grade, c.name_key
				""")
			.param("school", school.value())
			.param("day", day)
			.query((row, index) -> new ClassId(row.getLong(1)))
			.list());
	}

}
