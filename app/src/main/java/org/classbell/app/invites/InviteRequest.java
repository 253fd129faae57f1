package org.classbell.app.invites;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whom new invite codes are for: one staff member, or every guardian of a class.
 *
 * @param staff a staff member as {@code "<last name> <first name>"}
 * @param className a class, such as {@code 5А}
 */
record InviteRequest(String staff, @JsonProperty("class") String className) {

	boolean isValid() {
		return hasText(this.staff) != hasText(this.className);
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

}
