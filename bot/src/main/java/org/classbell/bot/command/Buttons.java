package org.classbell.bot.command;

import java.util.List;

import org.classbell.bot.update.Reply;

/**
 * What pressing the bot's buttons of one kind does. Button data starts with the prefix
 * and a colon.
 */
public interface Buttons {

	String prefix();

	/**
	 * Handles a press; {@code data} is what follows the prefix and colon.
	 */
	List<Reply> press(Caller caller, String data);

}
