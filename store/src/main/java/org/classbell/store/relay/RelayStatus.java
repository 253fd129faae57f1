package org.classbell.store.relay;

import java.util.Locale;

/**
 * What became of a relayed message.
 */
public enum RelayStatus {

	/** Passed on. */
	RELAYED,
	/** Kept, not passed on: the class teacher muted the conversation. */
	MUTED,
	/** Kept, not passed on: the class has no class teacher ClassBell can write to. */
	NO_TEACHER;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
