package org.classbell.store.families;

import java.util.List;

import org.classbell.store.ClassId;
import org.classbell.store.SchoolId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The classes of a school with their figures, in one query. A student counts as reached
 * by the same rule as {@link org.classbell.store.monitoring.Subscriptions}: a guardian
 * with Telegram linked and consent confirmed there, or with a phone, consent, no opt-out
 * and no flag.
 */
@Repository
public class ClassOverviews {

	private final JdbcClient jdbc;

	ClassOverviews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every class of the school, in the school's order (grade, then name).
	 */
	public List<ClassOverview> of(SchoolId school) {
		return this.jdbc
			.sql("""
					with reach as (
					    select s.id, s.class_id,
					           coalesce(bool_or(l.id is not null or (g.phone is not null and g.consent_at is not null
					                            and g.opted_out_at is null and g.phone_flagged_at is null)), false) as reached
					    from student s
					    left join student_guardian sg on sg.student_id = s.id
					    left join guardian g on g.id = sg.guardian_id
					    left join chat_link l on l.guardian_id = g.id and l.consented_at is not null
					    where s.school_id = :school and s.active
					    group by s.id, s.class_id
					), families as (
					    select s.class_id, count(distinct sg.guardian_id) as guardians
					    from student s join student_guardian sg on sg.student_id = s.id
					    where s.school_id = :school and s.active
					    group by s.class_id
					)
					select c.id, c.name, count(r.id) as students, count(*) filter (where r.reached) as reached,
					       coalesce(f.guardians, 0) as guardians,
					       nullif(trim(concat_ws(' ', t.last_name, t.first_name, t.middle_name)), '') as teacher
					from school_class c
					left join reach r on r.class_id = c.id
					left join families f on f.class_id = c.id
					left join class_teacher ct on ct.class_id = c.id
					left join staff t on t.id = ct.staff_id
					where c.school_id = :school
					group by c.id, c.name, c.grade, c.name_key, f.guardians, t.id, t.last_name, t.first_name, t.middle_name
					order by c.grade, c.name_key
					""")
			.param("school", school.value())
			.query((row, index) -> new ClassOverview(new ClassId(row.getLong("id")), row.getString("name"),
					row.getInt("students"), row.getInt("guardians"), row.getInt("reached"), row.getString("teacher")))
			.list();
	}

}
