package org.classbell.app.security;

import org.classbell.store.SchoolId;

/**
 * Who a request with a school's admin token is: that school's administration, which
 * reaches {@code /api/schools/<code>/...} and nothing else.
 *
 * @param school the school the token belongs to
 * @param code the school's code, as paths name it
 * @param actor the audit log's name for the token, such as {@code admin-token:3}
 */
public record SchoolAdmin(SchoolId school, String code, String actor) {

	/** The role of a school's administration. */
	public static final String ROLE = "SCHOOL_ADMIN";

	@Override
	public String toString() {
		return this.actor;
	}

}
