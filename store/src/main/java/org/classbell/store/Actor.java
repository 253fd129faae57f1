package org.classbell.store;

/**
 * Who makes a change, as the audit log names them: a staff member, the admin API, or the
 * system.
 *
 * @param name the name written to the audit log, such as {@code staff:12} or
 * {@code admin-api}
 */
public record Actor(String name) {

	public Actor {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("An actor needs a name");
		}
	}

	public static Actor staff(StaffId staff) {
		return new Actor("staff:" + staff.value());
	}

	/**
	 * A person acting from a messenger account not yet linked to anyone, such as
	 * {@code telegram:42}.
	 */
	public static Actor chat(ChatUser user) {
		return new Actor(user.messenger().code() + ":" + user.id());
	}

	/**
	 * A guardian acting from their linked messenger account.
	 */
	public static Actor guardian(GuardianId guardian) {
		return new Actor("guardian:" + guardian.value());
	}

	public static Actor adminApi() {
		return new Actor("admin-api");
	}

	/**
	 * The operator in the web console, logged in with the admin token.
	 */
	public static Actor operator() {
		return new Actor("operator");
	}

	public static Actor system() {
		return new Actor("system");
	}

}
