package org.classbell.app.console;

import java.io.Serializable;

/**
 * Who a console session belongs to, as the session keeps it: the operator (logged in with
 * the admin token) or a staff member (logged in with a link from the bot). What they may
 * see is worked out again on every request, from the staff member's role and classes as
 * they are then.
 *
 * @param school the school's id
 * @param staff the staff member's id, or {@code null} for the operator
 */
public record ConsolePrincipal(long school, Long staff) implements Serializable {

	static ConsolePrincipal operator(long school) {
		return new ConsolePrincipal(school, null);
	}

	boolean operator() {
		return this.staff == null;
	}

	/**
	 * The name Spring Session indexes sessions by; no personal data.
	 */
	@Override
	public String toString() {
		return operator() ? "operator" : "staff:" + this.staff;
	}

}
