package org.classbell.bot.command;

import java.util.List;

import org.classbell.bot.conversation.Reply;
import org.classbell.store.roster.StudentCard;

/**
 * A command that acts on students: carried out once every student it names is known,
 * right away or after the teacher picked among candidates.
 */
interface StudentCommand {

	/**
	 * The kind of drafts this command carries out.
	 */
	Draft.Kind draftKind();

	/**
	 * Carries the command out for these students, one per slot of the draft, in order.
	 */
	List<Reply> complete(Caller caller, Draft draft, List<StudentCard> students);

}
