package org.classbell.bot.command;

import java.util.Optional;

import org.classbell.store.Messenger;

/**
 * The links that open the bot in a messenger and link the account with an invite code,
 * such as {@code https://t.me/<bot>?start=<code>} or
 * {@code https://max.ru/<bot>?start=<code>}; each messenger's adapter makes its own.
 */
public interface StartLinks {

	/**
	 * The messenger whose links these are.
	 */
	Messenger messenger();

	/**
	 * The link that uses the code, when the messenger is on and its side knows how to
	 * make one.
	 */
	Optional<String> startLink(String code);

}
