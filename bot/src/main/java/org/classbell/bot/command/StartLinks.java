package org.classbell.bot.command;

import java.util.Optional;

/**
 * The links that open the bot in a messenger and link the account with an invite code,
 * such as {@code https://t.me/<bot>?start=<code>}; the messenger's adapter makes them.
 */
public interface StartLinks {

	/**
	 * The link that uses the code, when the messenger's side knows how to make one.
	 */
	Optional<String> startLink(String code);

}
