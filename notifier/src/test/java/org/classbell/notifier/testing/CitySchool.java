package org.classbell.notifier.testing;

import java.time.ZoneId;

import org.classbell.store.Actor;
import org.classbell.store.GuardianId;
import org.classbell.store.StudentId;
import org.classbell.store.roster.RosterImport;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;
import org.classbell.store.school.SmsSender;
import org.classbell.store.staff.StaffImport;
import org.classbell.store.staff.StaffMember;
import org.classbell.store.staff.StaffMembers;
import org.classbell.store.testing.Lines;
import org.classbell.store.testing.Outcomes;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Another school of a city deployment, made as the schools API makes one (a code, a name,
 * its own SMS sender or the deployment's), with a roster and staff of its own; people and
 * children are found within it only.
 */
public final class CitySchool {

	private final ApplicationContext beans;

	private final JdbcClient jdbc;

	private final School school;

	/**
	 * Makes the school and imports its roster and staff, as lines of their files without
	 * the header.
	 */
	public CitySchool(ApplicationContext beans, String code, String name, SmsSender sender, String[] roster,
			String[] staff) {
		this.beans = beans;
		this.jdbc = beans.getBean(JdbcClient.class);
		Schools schools = beans.getBean(Schools.class);
		School made = schools.create(code, name, ZoneId.of("Europe/Moscow"), "RU", Actor.adminApi()).orElseThrow();
		this.school = schools.describe(made.id(), name, sender, Actor.adminApi()).orElseThrow();
		Outcomes.applied(beans.getBean(RosterImport.class).apply(this.school, Lines.roster(roster), Actor.adminApi()));
		Outcomes
			.applied(beans.getBean(StaffImport.class).apply(this.school.id(), Lines.staff(staff), Actor.adminApi()));
	}

	public School school() {
		return this.school;
	}

	/**
	 * A staff member by surname and first name, such as {@code Лебедева Анна}.
	 */
	public StaffMember staffMember(String lastAndFirst) {
		return this.beans.getBean(StaffMembers.class).match(this.school.id(), lastAndFirst).found().orElseThrow();
	}

	public StudentId student(String lastName, String firstName) {
		return new StudentId(
				this.jdbc.sql("select id from student where school_id = ? and last_name = ? and first_name = ?")
					.params(this.school.id().value(), lastName, firstName)
					.query(Long.class)
					.single());
	}

	/**
	 * A guardian by full name, such as {@code Алексеева Ольга}.
	 */
	public GuardianId guardian(String fullName) {
		return new GuardianId(this.jdbc.sql("select id from guardian where school_id = ? and full_name = ?")
			.params(this.school.id().value(), fullName)
			.query(Long.class)
			.single());
	}

}
