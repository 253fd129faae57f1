package org.classbell.notifier.relay;

import java.time.LocalTime;

import org.classbell.store.relay.Parties;

/**
 * What became of a parent's message to the class teacher.
 *
 * @param outcome what happened
 * @param parties the guardian, child and class teacher, or {@code null} when the child is
 * not the guardian's
 * @param heldUntil for {@link Outcome#HELD}, the time of day (the school's) the teacher's
 * quiet hours end; else {@code null}
 */
public record ToTeacher(Outcome outcome, Parties parties, LocalTime heldUntil) {

	/**
	 * What happened to the message.
	 */
	public enum Outcome {

		/** Passed on to the class teacher, who gets it now. */
		PASSED,
		/** Passed on; the teacher's quiet hours hold it until morning. */
		HELD,
		/** Kept, not passed on: the class teacher muted the conversation. */
		MUTED,
		/** Kept, not passed on: the class has no class teacher ClassBell can write to. */
		NO_TEACHER,
		/** Refused: the child is not the guardian's. */
		NOT_YOURS,
		/** Refused: nothing written. */
		EMPTY,
		/** Refused: longer than {@link Relay#MAX_LENGTH}. */
		TOO_LONG,
		/** Refused: {@link Relay#PER_HOUR} messages in the last hour already. */
		HOURLY_LIMIT,
		/** Refused: {@link Relay#PER_DAY} messages in the last day already. */
		DAILY_LIMIT

	}

}
