package org.classbell.store.answers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.classbell.store.ClassId;
import org.classbell.store.GuardianId;
import org.classbell.store.Language;
import org.classbell.store.SchoolId;
import org.classbell.store.StaffId;
import org.classbell.store.StudentId;
import org.classbell.store.Timestamps;
import org.classbell.store.privacy.ErasingGuardian;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parents' answers to absence alerts: what each guardian answered about a child's day,
 * what the journal says of that day, and whom to tell.
 */
@Repository
public class AlertAnswers {

	private final JdbcClient jdbc;

	AlertAnswers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A guardian and one of their own children, with what an answer about the child
	 * needs; empty when the child is not theirs (or either is gone).
	 */
	public Optional<Family> family(GuardianId guardian, StudentId student) {
		return this.jdbc.sql("""
				select g.id as guardian_id, g.full_name, g.language, s.school_id, s.id as student_id, s.first_name,
				       s.last_name, c.id as class_id, c.name as class_name, ct.staff_id as class_teacher,
				       t.language as teacher_language, sc.illness_excuses, sc.time_zone
				from student_guardian sg
				join guardian g on g.id = sg.guardian_id and g.erased_at is null
				join student s on s.id = sg.student_id and s.active and s.school_id = g.school_id
				join school_class c on c.id = s.class_id
				join school sc on sc.id = s.school_id
				left join class_teacher ct on ct.class_id = c.id
				left join staff t on t.id = ct.staff_id and t.active
				where sg.guardian_id = ? and sg.student_id = ?
				""").params(guardian.value(), student.value()).query(AlertAnswers::family).optional();
	}

	private static Family family(ResultSet row, int index) throws SQLException {
		Long teacher = (row.getString("teacher_language") != null) ? (Long) row.getObject("class_teacher") : null;
		return new Family(new SchoolId(row.getLong("school_id")), new GuardianId(row.getLong("guardian_id")),
				row.getString("full_name"), row.getString("language"), new StudentId(row.getLong("student_id")),
				row.getString("first_name"), row.getString("last_name"), new ClassId(row.getLong("class_id")),
				row.getString("class_name"), (teacher != null) ? new StaffId(teacher) : null,
				(teacher != null) ? Language.of(row.getString("teacher_language")) : Language.RU,
				row.getBoolean("illness_excuses"), ZoneId.of(row.getString("time_zone")));
	}

	/**
	 * What the journal says of the child's absences that day.
	 */
	public Absences absences(StudentId student, LocalDate day) {
		return this.jdbc.sql("""
				select count(*) filter (where status = 'absent') as absent,
				       count(*) filter (where status = 'excused') as excused
				from attendance where student_id = ? and day = ?
				""")
			.params(student.value(), day)
			.query((row, index) -> new Absences(row.getInt("absent"), row.getInt("excused")))
			.single();
	}

	/**
	 * Records a guardian's answer, replacing the one they gave before.
	 * @return whether it changed anything: {@code false} when they had given this answer
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean record(Family family, LocalDate day, Answer answer, AnswerSource source, Instant at) {
		return this.jdbc.sql("""
				insert into alert_answer (school_id, student_id, day, guardian_id, answer, source, answered_at)
				values (:school, :student, :day, :guardian, :answer, :source, :at)
				on conflict (student_id, day, guardian_id) where guardian_id is not null do update
				    set answer = excluded.answer, source = excluded.source, answered_at = excluded.answered_at
				    where alert_answer.answer <> excluded.answer
				""")
			.param("school", family.school().value())
			.param("student", family.student().value())
			.param("day", day)
			.param("guardian", family.guardian().value())
			.param("answer", answer.code())
			.param("source", source.code())
			.param("at", Timestamps.of(at))
			.update() == 1;
	}

	/**
	 * Notes that the day's absences were excused on the strength of the answers about it.
	 * @param by the staff member who excused them, or {@code null} for the school's
	 * setting
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void excused(StudentId student, LocalDate day, StaffId by, Instant at) {
		this.jdbc.sql("""
				update alert_answer set excused_at = ?, excused_by = ?
				where student_id = ? and day = ? and excused_at is null
				""").params(Timestamps.of(at), (by != null) ? by.value() : null, student.value(), day).update();
	}

	/**
	 * The latest answer about the child's day, from any of their guardians.
	 */
	public Optional<Given> latest(StudentId student, LocalDate day) {
		return this.jdbc.sql("""
				select a.guardian_id, coalesce(g.full_name, '') as full_name, a.answer, a.answered_at, a.excused_at,
				       trim(st.last_name || ' ' || st.first_name) as excused_by
				from alert_answer a
				left join guardian g on g.id = a.guardian_id
				left join staff st on st.id = a.excused_by
				where a.student_id = ? and a.day = ?
				order by a.answered_at desc, a.id desc limit 1
				""").params(student.value(), day).query(AlertAnswers::given).optional();
	}

	private static Given given(ResultSet row, int index) throws SQLException {
		Long guardian = (Long) row.getObject("guardian_id");
		return new Given((guardian != null) ? new GuardianId(guardian) : null, row.getString("full_name"),
				Answer.of(row.getString("answer")).orElseThrow(), Timestamps.instant(row, "answered_at"),
				Timestamps.instant(row, "excused_at"), row.getString("excused_by"));
	}

	/**
	 * A class's absences on a day with what the parents answered, for the class teacher's
	 * page: one row per absent child.
	 */
	public List<ClassDay> ofClassDay(ClassId classId, LocalDate day) {
		return this.jdbc.sql("""
				select s.id, trim(s.last_name || ' ' || s.first_name) as student,
				       bool_and(a.status = 'excused') as excused, count(*) as slots,
				       bool_or(a.lesson_no is null) as whole_day,
				       (select an.answer from alert_answer an where an.student_id = s.id and an.day = :day
				        order by an.answered_at desc, an.id desc limit 1) as answer
				from attendance a join student s on s.id = a.student_id
				where s.class_id = :class and a.day = :day and a.status in ('absent', 'excused')
				group by s.id, s.last_name, s.first_name, s.list_no
				order by s.list_no
				""")
			.param("class", classId.value())
			.param("day", day)
			.query((row, index) -> new ClassDay(new StudentId(row.getLong("id")), row.getString("student"),
					row.getBoolean("whole_day") ? 0 : row.getInt("slots"), row.getBoolean("excused"),
					Answer.of(row.getString("answer")).orElse(null)))
			.list();
	}

	/**
	 * Erasing a guardian removes the link from their answers: the answers stay, as
	 * anonymous counts.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ErasingGuardian erasing) {
		this.jdbc.sql("update alert_answer set guardian_id = null where guardian_id = ?")
			.param(erasing.guardian().value())
			.update();
	}

	/**
	 * A guardian, one of their children and what an answer about the child needs.
	 *
	 * @param school the school
	 * @param guardian the guardian
	 * @param guardianName their full name
	 * @param language their language code
	 * @param student the child
	 * @param firstName the child's first name
	 * @param lastName the child's last name
	 * @param classId the child's class
	 * @param className its name
	 * @param classTeacher its class teacher, or {@code null}
	 * @param teacherLanguage the class teacher's language
	 * @param illnessExcuses whether the school lets «Болеет» excuse the absence by itself
	 * @param timeZone the school's time zone
	 */
	public record Family(SchoolId school, GuardianId guardian, String guardianName, String language, StudentId student,
			String firstName, String lastName, ClassId classId, String className, StaffId classTeacher,
			Language teacherLanguage, boolean illnessExcuses, ZoneId timeZone) {

	}

	/**
	 * A child's absences on a day: lessons (or the whole day) still unexcused, and
	 * excused.
	 */
	public record Absences(int absent, int excused) {

		/**
		 * Whether the journal says the child was away at all.
		 */
		public boolean stand() {
			return this.absent + this.excused > 0;
		}

	}

	/**
	 * An answer given about a child's day.
	 *
	 * @param guardian who gave it, or {@code null} when erased
	 * @param guardianName their full name, blank when erased
	 * @param answer the answer
	 * @param answeredAt when
	 * @param excusedAt when the day was excused on the strength of it, or {@code null}
	 * @param excusedBy the staff member who excused it, or {@code null} for the school's
	 * setting (or when not excused)
	 */
	public record Given(GuardianId guardian, String guardianName, Answer answer, Instant answeredAt, Instant excusedAt,
			String excusedBy) {

	}

	/**
	 * An absent child of a class on a day and what the parents answered.
	 *
	 * @param student the child
	 * @param name their surname and first name
	 * @param lessons the lessons missed, or 0 for the whole day
	 * @param excused whether every absence is excused
	 * @param answer the parents' latest answer, or {@code null}
	 */
	public record ClassDay(StudentId student, String name, int lessons, boolean excused, Answer answer) {

	}

}
