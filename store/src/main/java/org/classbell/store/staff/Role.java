package org.classbell.store.staff;

import java.util.Locale;
import java.util.Optional;

/**
 * What a staff member may do beyond their own classes: a teacher keeps the journal of
 * what they teach (and of the class they lead); an admin also runs the school's
 * ClassBell.
 */
public enum Role {

	TEACHER, ADMIN;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Role> parse(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "teacher", "учитель" -> Optional.of(TEACHER);
			case "admin", "administrator", "администратор", "админ" -> Optional.of(ADMIN);
			default -> Optional.empty();
		};
	}

}
