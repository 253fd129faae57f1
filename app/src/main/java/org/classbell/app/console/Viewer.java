package org.classbell.app.console;

import java.util.List;
import java.util.Optional;

import org.classbell.store.Actor;
import org.classbell.store.ClassId;
import org.classbell.store.SchoolId;
import org.classbell.store.StaffId;

/**
 * Who is looking at the console now, and what they may see: the operator and a school's
 * administrators see the whole school; a class teacher sees the classes they lead.
 *
 * @param kind what they are
 * @param school their school
 * @param schoolName the school's name
 * @param staff the staff member, unless the operator
 * @param name their name, as the page header shows it
 * @param classes the classes they lead (for a class teacher, all they see)
 */
public record Viewer(Kind kind, SchoolId school, String schoolName, Optional<StaffId> staff, String name,
		List<ClassRef> classes) {

	public Viewer {
		classes = List.copyOf(classes);
	}

	/**
	 * Whether they see and run the whole school.
	 */
	public boolean admin() {
		return this.kind != Kind.CLASS_TEACHER;
	}

	/**
	 * Whether they are the operator, who may open any school of the deployment.
	 */
	public boolean operator() {
		return this.kind == Kind.OPERATOR;
	}

	/**
	 * Refuses, unless they are the operator.
	 */
	public void requireOperator() {
		if (!operator()) {
			throw new ConsoleRefused();
		}
	}

	/**
	 * Whether they may see the class.
	 */
	public boolean sees(ClassId schoolClass) {
		return admin() || this.classes.stream().anyMatch((led) -> led.id().equals(schoolClass));
	}

	/**
	 * Refuses, unless they may see the class.
	 */
	public void requireClass(ClassId schoolClass) {
		if (!sees(schoolClass)) {
			throw new ConsoleRefused();
		}
	}

	/**
	 * Refuses, unless they run the whole school.
	 */
	public void requireAdmin() {
		if (!admin()) {
			throw new ConsoleRefused();
		}
	}

	/**
	 * Who the audit log names for what they change.
	 */
	public Actor actor() {
		return this.staff.map(Actor::staff).orElseGet(Actor::operator);
	}

	/**
	 * What a viewer is.
	 */
	public enum Kind {

		/** Logged in with the admin token: every school of the deployment. */
		OPERATOR,
		/** A school's administrator: their school. */
		ADMIN,
		/** A class teacher: the classes they lead, read mostly. */
		CLASS_TEACHER

	}

	/**
	 * A class, by id and name.
	 */
	public record ClassRef(ClassId id, String name) {

	}

}
