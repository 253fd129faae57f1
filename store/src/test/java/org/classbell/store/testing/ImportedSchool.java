package org.classbell.store.testing;

import java.time.ZoneId;

import org.classbell.store.Actor;
import org.classbell.store.GuardianId;
import org.classbell.store.SchoolId;
import org.classbell.store.StudentId;
import org.classbell.store.roster.RosterImport;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;
import org.classbell.store.staff.StaffImport;
import org.classbell.store.staff.StaffMember;
import org.classbell.store.staff.StaffMembers;
import org.classbell.store.timetable.TimetableImport;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The small school the bot's, dispatch and report tests share, imported as the admin
 * would: 5А (Алексеев Борис, Иванов Пётр, Иванов Павел, Петрова Анна), 1А (Смирнов Лев)
 * and 6Б (Иванова Ольга) with their guardians; Соколова Елена (class teacher of 5А, who
 * teaches algebra and geometry there and maths in 1А), Орлов Дмитрий (English in 6Б) and
 * Белова Ирина (admin); and a timetable with lessons on Wednesdays only.
 */
public final class ImportedSchool {

	public static final String NAME = "Школа №1";

	public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

	public static final String[] ROSTER = { //
			"5А,1,Алексеев,Борис,,Алексеева Ольга,+79110000001,ru,yes", //
			"5А,2,Иванов,Пётр,Сергеевич,Иванова Мария,+79110000002,ru,yes", //
			"5А,3,Иванов,Павел,Андреевич,Иванов Андрей,+79110000003,ru,", //
			"5А,4,Петрова,Анна,,Петрова Ирина,+79110000004,en,yes", //
			"1А,1,Смирнов,Лев,,Смирнова Ксения,+79110000005,ru,yes", //
			"6Б,1,Иванова,Ольга,,Иванова Мария,+79110000002,ru,yes" };

	public static final String[] STAFF = { //
			"Соколова,Елена,Викторовна,teacher,5А,5А:Алгебра;5А:Геометрия;1А:Математика", //
			"Орлов,Дмитрий,,teacher,,6Б:Английский язык", //
			"Белова,Ирина,,admin,," };

	public static final String[] TIMETABLE = { //
			"5А,,3,1,08:30,Алгебра,Соколова Елена", //
			"5А,,3,2,09:25,Геометрия,Соколова Елена", //
			"6Б,,3,2,09:25,Английский язык,Орлов Дмитрий", //
			"1А,,3,3,10:20,Математика,Соколова Елена" };

	private final ApplicationContext beans;

	private final JdbcClient jdbc;

	private final School school;

	/**
	 * Creates the school and imports its roster, staff and timetable.
	 */
	public ImportedSchool(ApplicationContext beans) {
		this.beans = beans;
		this.jdbc = beans.getBean(JdbcClient.class);
		this.school = beans.getBean(Schools.class).ensure(NAME, ZONE, "RU");
		roster(ROSTER);
		staff(STAFF);
		timetable(TIMETABLE);
	}

	public School school() {
		return this.school;
	}

	public SchoolId id() {
		return this.school.id();
	}

	/**
	 * Imports another roster, as lines of the roster file without its header.
	 */
	public void roster(String... lines) {
		Outcomes
			.applied(this.beans.getBean(RosterImport.class).apply(this.school, Lines.roster(lines), Actor.adminApi()));
	}

	/**
	 * Imports another staff list, as lines of the staff file without its header.
	 */
	public void staff(String... lines) {
		Outcomes.applied(
				this.beans.getBean(StaffImport.class).apply(this.school.id(), Lines.staff(lines), Actor.adminApi()));
	}

	/**
	 * Imports another timetable, as lines of the timetable file without its header.
	 */
	public void timetable(String... lines) {
		Outcomes.applied(this.beans.getBean(TimetableImport.class)
			.apply(this.school.id(), Lines.timetable(lines), Actor.adminApi()));
	}

	/**
	 * A staff member by surname and first name, such as {@code Соколова Елена}.
	 */
	public StaffMember staffMember(String lastAndFirst) {
		return this.beans.getBean(StaffMembers.class).match(this.school.id(), lastAndFirst).found().orElseThrow();
	}

	public StudentId student(String lastName, String firstName) {
		return new StudentId(this.jdbc.sql("select id from student where last_name = ? and first_name = ?")
			.params(lastName, firstName)
			.query(Long.class)
			.single());
	}

	/**
	 * A guardian by full name, such as {@code Петрова Ирина}.
	 */
	public GuardianId guardian(String fullName) {
		return new GuardianId(this.jdbc.sql("select id from guardian where full_name = ?")
			.param(fullName)
			.query(Long.class)
			.single());
	}

}
