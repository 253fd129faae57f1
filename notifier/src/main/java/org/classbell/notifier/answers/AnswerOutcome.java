package org.classbell.notifier.answers;

import org.classbell.store.answers.Answer;

/**
 * What came of a parent's answer to an absence alert.
 */
public sealed interface AnswerOutcome {

	/**
	 * Not taken: the child is not theirs, the absence was withdrawn, or the alert is more
	 * than a week old. Nothing changed.
	 */
	record Refused() implements AnswerOutcome {

	}

	/**
	 * The answer they had given already: nothing changed, no one was told again.
	 */
	record Unchanged(Answer answer) implements AnswerOutcome {

	}

	/**
	 * Recorded.
	 *
	 * @param answer the answer
	 * @param excused whether the school's setting excused the absence on it
	 * @param told whether the class teacher was told (or knows already): not when the
	 * class has none, or they linked no messenger
	 */
	record Recorded(Answer answer, boolean excused, boolean told) implements AnswerOutcome {

	}

}
