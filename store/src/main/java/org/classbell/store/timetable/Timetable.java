package org.classbell.store.timetable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.List;

import org.classbell.store.ClassId;
import org.classbell.store.StaffId;
import org.classbell.store.SubgroupId;
import org.classbell.store.SubjectId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The weekly timetable and who teaches what where.
 */
@Repository
public class Timetable {

	private static final String SLOT = """
			select t.class_id, c.name as class_name, t.subgroup_id, coalesce(g.name, '') as subgroup, t.weekday,
			       t.lesson_no, t.starts_at, t.subject_id, s.name as subject, t.staff_id
			from timetable_lesson t join school_class c on c.id = t.class_id join subject s on s.id = t.subject_id
			left join subgroup g on g.id = t.subgroup_id
			""";

	private final JdbcClient jdbc;

	Timetable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A teacher's lessons on a weekday, in order.
	 */
	public List<TimetableSlot> ofTeacher(StaffId teacher, int weekday) {
		return this.jdbc.sql(SLOT + "where t.staff_id = ? and t.weekday = ? order by t.lesson_no, t.starts_at")
			.params(teacher.value(), weekday)
			.query(Timetable::slot)
			.list();
	}

	/**
	 * A class's lessons on a weekday, in order.
	 */
	public List<TimetableSlot> ofClass(ClassId classId, int weekday) {
		return this.jdbc.sql(SLOT + "where t.class_id = ? and t.weekday = ? order by t.lesson_no, g.name nulls first")
			.params(classId.value(), weekday)
			.query(Timetable::slot)
			.list();
	}

	/**
	 * What a teacher teaches where: their teaching assignments and their lessons in the
	 * timetable.
	 */
	public List<Teaching> teachingOf(StaffId teacher) {
		return this.jdbc.sql("""
				select distinct x.class_id, c.name as class_name, x.subject_id, s.name as subject, c.grade, c.name_key
				from (select class_id, subject_id from teaching_assignment where staff_id = :staff
				      union select class_id, subject_id from timetable_lesson where staff_id = :staff) x
				join school_class c on c.id = x.class_id join subject s on s.id = x.subject_id
				order by c.grade, c.name_key, s.name
				""")
			.param("staff", teacher.value())
			.query((row, rowNum) -> new Teaching(new ClassId(row.getLong("class_id")), row.getString("class_name"),
					new SubjectId(row.getLong("subject_id")), row.getString("subject")))
			.list();
	}

	/**
	 * The classes a staff member is class teacher of.
	 */
	public List<ClassId> ledBy(StaffId teacher) {
		return this.jdbc.sql("select class_id from class_teacher where staff_id = ? order by class_id")
			.param(teacher.value())
			.query((row, rowNum) -> new ClassId(row.getLong(1)))
			.list();
	}

	private static SubgroupId subgroup(Long id) {
		return (id != null) ? new SubgroupId(id) : null;
	}

	private static TimetableSlot slot(ResultSet row, int rowNum) throws SQLException {
		return new TimetableSlot(new ClassId(row.getLong("class_id")), row.getString("class_name"),
				subgroup((Long) row.getObject("subgroup_id")), row.getString("subgroup"), row.getInt("weekday"),
				row.getInt("lesson_no"), row.getObject("starts_at", LocalTime.class),
				new SubjectId(row.getLong("subject_id")), row.getString("subject"),
				new StaffId(row.getLong("staff_id")));
	}

}
