package org.classbell.store.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.classbell.store.Actor;
import org.classbell.store.ClassId;
import org.classbell.store.StudentId;
import org.classbell.store.SubgroupId;
import org.classbell.store.SubjectId;
import org.classbell.store.journal.AttendanceStatus;
import org.classbell.store.journal.Journal;
import org.classbell.store.journal.Lessons;
import org.classbell.store.journal.Mark;
import org.classbell.store.roster.RosterImport;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;
import org.classbell.store.staff.StaffImport;
import org.classbell.store.staff.StaffMember;
import org.classbell.store.staff.StaffMembers;
import org.classbell.store.timetable.TimetableImport;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small school with a fortnight of journal for the monitoring tests: three classes,
 * four teachers (one class split into English groups 1 and 2), guardians reachable in
 * every way and in none.
 */
public final class PreparedSchool {

	static final String[] ROSTER = { //
			"5А,1,Алексеев,Борис,,Алексеева Ольга,+79110000001,ru,yes,1", //
			"5А,2,Иванов,Пётр,,Иванова Мария,+79110000002,ru,yes,1", //
			"5А,3,Иванов,Павел,,Иванов Андрей,+79110000003,ru,,2", //
			"5А,4,Петрова,Анна,,Петрова Ирина,+79110000004,en,yes,2", //
			"1А,1,Смирнов,Лев,,Смирнова Ксения,+79110000005,ru,yes,", //
			"1А,2,Кузьмин,Олег,,,,,,", //
			"6Б,1,Иванова,Ольга,,Иванова Мария,+79110000002,ru,yes,", //
			"6Б,2,Орлова,Вера,,Орлова Нина,+79110000006,ru,yes,", //
			"6Б,3,Петров,Иван,,Петрова Вера,+79110000007,ru,yes," };

	static final String[] STAFF = { //
			"Соколова,Елена,Викторовна,teacher,5А,5А:Алгебра;5А:Геометрия;1А:Математика", //
			"Орлов,Дмитрий,,teacher,,6Б:Английский язык", //
			"Кузнецова,Анна,,teacher,,", //
			"Белова,Ирина,,admin,," };

	static final String[] TIMETABLE = { //
			"5А,,1,1,08:30,Алгебра,Соколова Елена", //
			"5А,,3,1,08:30,Алгебра,Соколова Елена", //
			"5А,,3,2,09:25,Геометрия,Соколова Елена", //
			"5А,1,2,3,10:20,Английский язык,Орлов Дмитрий", //
			"5А,1,3,3,10:20,Английский язык,Орлов Дмитрий", //
			"5А,2,2,3,10:20,Английский язык,Кузнецова Анна", //
			"6Б,,2,2,09:25,Английский язык,Орлов Дмитрий", //
			"1А,,4,1,08:30,Математика,Соколова Елена" };

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Journal journal;

	private final StaffMembers staff;

	public final School school;

	public PreparedSchool(ApplicationContext beans) {
		this.jdbc = beans.getBean(JdbcClient.class);
		this.transactions = beans.getBean(TransactionTemplate.class);
		this.journal = beans.getBean(Journal.class);
		this.staff = beans.getBean(StaffMembers.class);
		this.school = beans.getBean(Schools.class).ensure("Школа №1", ZoneId.of("Europe/Moscow"));
		Outcomes.applied(beans.getBean(RosterImport.class).apply(this.school, Lines.roster(ROSTER), Actor.adminApi()));
		Outcomes
			.applied(beans.getBean(StaffImport.class).apply(this.school.id(), Lines.staff(STAFF), Actor.adminApi()));
		Outcomes.applied(beans.getBean(TimetableImport.class)
			.apply(this.school.id(), Lines.timetable(TIMETABLE), Actor.adminApi()));
		this.jdbc.sql("update student set active = false where last_name = 'Петров'").update();
	}

	public StaffMember teacher(String lastAndFirst) {
		return this.staff.match(this.school.id(), lastAndFirst).found().orElseThrow();
	}

	public StudentId student(String lastName, String firstName) {
		return new StudentId(this.jdbc.sql("select id from student where last_name = ? and first_name = ?")
			.params(lastName, firstName)
			.query(Long.class)
			.single());
	}

	public ClassId schoolClass(String name) {
		return new ClassId(
				this.jdbc.sql("select id from school_class where name = ?").param(name).query(Long.class).single());
	}

	public Long subgroup(String className, String name) {
		return this.jdbc
			.sql("select g.id from subgroup g join school_class c on c.id = g.class_id where c.name = ? and g.name = ?")
			.params(className, name)
			.query(Long.class)
			.single();
	}

	public SubjectId subject(String name) {
		return new SubjectId(
				this.jdbc.sql("select id from subject where name = ?").param(name).query(Long.class).single());
	}

	public void rollCall(String teacher, String className, Long subgroup, String day, Integer lesson) {
		this.transactions.executeWithoutResult((status) -> this.journal.rollCall(teacher(teacher),
				schoolClass(className), (subgroup != null) ? new SubgroupId(subgroup) : null, List.of(), List.of(),
				LocalDate.parse(day), lesson, at(day)));
	}

	public void attendance(String teacher, AttendanceStatus what, StudentId student, String day, Lessons lessons) {
		this.transactions.executeWithoutResult((status) -> this.journal.attendance(teacher(teacher), what,
				List.of(student), LocalDate.parse(day), lessons, at(day)));
	}

	public void mark(String teacher, String subject, StudentId student, String recordedAt) {
		Instant at = Instant.parse(recordedAt);
		this.transactions.executeWithoutResult((status) -> this.journal.marks(teacher(teacher), subject(subject),
				List.of(new Journal.Marked(student, Mark.parse("5").orElseThrow())),
				at.atZone(this.school.timeZone()).toLocalDate(), null, at));
	}

	private static Instant at(String day) {
		return LocalDate.parse(day).atTime(12, 0).atZone(ZoneId.of("Europe/Moscow")).toInstant();
	}

}
