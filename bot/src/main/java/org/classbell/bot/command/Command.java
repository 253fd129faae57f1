package org.classbell.bot.command;

import java.util.List;

import org.classbell.bot.conversation.Reply;

/**
 * A bot command such as {@code /absent}: its names, who may use it, and what it does, in
 * the update's transaction.
 */
public interface Command {

	/**
	 * The names it answers to, without the slash.
	 */
	List<String> names();

	/**
	 * Who may use it; anyone else is told what they may do instead.
	 */
	Audience audience();

	/**
	 * Runs the command under the name it was called by, with the words after it.
	 */
	List<Reply> run(Caller caller, String name, String arguments);

	/**
	 * Who a command is for.
	 */
	enum Audience {

		/** Anyone, linked or not. */
		ANYONE,
		/** Teachers and admins. */
		STAFF,
		/** Admins only. */
		ADMIN,
		/** Guardians who confirmed consent. */
		GUARDIAN

	}

}
