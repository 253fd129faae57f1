package org.classbell.notifier.relay;

import org.classbell.store.relay.Parties;

/**
 * What became of a staff member's reply to a parent.
 *
 * @param outcome what happened
 * @param parties the guardian, child and class teacher, or {@code null} when the staff
 * member may not write to that parent
 */
public record ToParent(Outcome outcome, Parties parties) {

	/**
	 * What happened to the reply.
	 */
	public enum Outcome {

		/** Queued to the parent. */
		SENT,
		/** Nothing reaches the parent now (no messenger linked, no SMS consent). */
		UNREACHABLE,
		/**
		 * Refused: the staff member is neither the child's class teacher nor an admin of
		 * the school, or the guardian is not the child's.
		 */
		NOT_ALLOWED,
		/** Refused: nothing written. */
		EMPTY,
		/** Refused: longer than {@link Relay#MAX_LENGTH}. */
		TOO_LONG

	}

}
