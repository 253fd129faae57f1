package org.classbell.bot.command;

import java.util.List;
import java.util.Optional;

import org.classbell.bot.conversation.Reply;
import org.classbell.store.SchoolId;

/**
 * What pressing the bot's buttons of one kind does. A button carries its kind's prefix, a
 * colon, and what the kind's codec wrote after it; data the codec does not read back (a
 * forged button, a malformed one, one of an older version) is answered as out of date,
 * never acted on.
 *
 * @param <P> what a press of such a button says
 */
public interface Buttons<P> {

	String prefix();

	/**
	 * What the data after the prefix and colon says, or empty when it is not one of this
	 * kind's buttons.
	 */
	Optional<P> decode(String data);

	/**
	 * Handles a press.
	 */
	List<Reply> press(Caller caller, P press);

	/**
	 * The school of what a press is about (a student, a poll, a parent's conversation),
	 * where a button can tell: a person linked in several schools presses it as their
	 * staff member or guardian there. Asked only of such a person; by default none, and
	 * the press is the caller's as they are.
	 */
	default Optional<SchoolId> school(P press) {
		return Optional.empty();
	}

}
