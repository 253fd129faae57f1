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
	 * How a staff member of several schools says which school the command acts in: by
	 * default they are asked.
	 */
	default SchoolBy schoolBy() {
		return SchoolBy.ASKING;
	}

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

	/**
	 * How a staff command finds its school when the caller is staff of several schools
	 * ({@link SchoolChoices}); for staff of one school it is theirs, and nobody is asked.
	 */
	enum SchoolBy {

		/** The caller is asked which school, with a button per school. */
		ASKING,
		/**
		 * The class named first: the school that has it; asked when no class is named or
		 * several of the schools have it.
		 */
		CLASS,
		/**
		 * The class named first, else the school of the caller's lesson now by the
		 * timetable; asked when neither tells.
		 */
		CLASS_OR_LESSON,
		/** None: the command acts for the caller in each of their schools itself. */
		EVERY

	}

}
