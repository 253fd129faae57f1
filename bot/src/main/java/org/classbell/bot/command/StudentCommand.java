package org.classbell.bot.command;

import java.util.List;

import org.classbell.bot.update.Reply;
import org.classbell.store.roster.StudentCard;

/**
 * A command that acts on students: carried out once every student it names is known,
 * right away or after the teacher picked among candidates.
 */
interface StudentCommand {

	/**
	 * The name drafts of this command carry.
	 */
	String draftName();

	/**
	 * Carries the command out for these students, one per slot of the draft, in order.
	 */
	List<Reply> complete(Caller caller, Draft draft, List<StudentCard> students);

}
