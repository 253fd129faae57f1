package org.classbell.store.relay;

import java.util.Locale;

/**
 * Which way a relayed message went.
 */
public enum Direction {

	/** A parent's message to the class teacher. */
	TO_TEACHER,
	/** A teacher's reply to the parent. */
	TO_PARENT;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
