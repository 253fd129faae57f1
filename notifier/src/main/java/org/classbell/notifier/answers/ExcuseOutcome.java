package org.classbell.notifier.answers;

/**
 * What came of a staff member's press of "excuse" under a parent's answer.
 */
public sealed interface ExcuseOutcome {

	/**
	 * Not theirs to excuse (not the class teacher nor an admin of the school), or no
	 * answer or absence left to excuse. Nothing changed.
	 */
	record Refused() implements ExcuseOutcome {

	}

	/**
	 * The absences were excused already; nothing changed.
	 *
	 * @param notice the answer's notice, saying so
	 */
	record Already(Notice notice) implements ExcuseOutcome {

	}

	/**
	 * Excused now, in the journal; the parents are told by the journal's update.
	 *
	 * @param notice the answer's notice, saying it is done and by whom
	 */
	record Excused(Notice notice) implements ExcuseOutcome {

	}

}
