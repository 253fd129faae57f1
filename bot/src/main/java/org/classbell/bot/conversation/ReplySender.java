package org.classbell.bot.conversation;

import java.util.List;

/**
 * Sends the replies to one update in a messenger, in order: each adapter says how its
 * messenger sends a message, rewrites the message whose button was pressed, sends a file
 * and acknowledges a press. Every press is acknowledged, with the first notice among the
 * replies, if any.
 *
 * @param <C> the messenger's conversation, with what it needs to answer
 */
public abstract class ReplySender<C> {

	public void send(C chat, List<Reply> replies) {
		for (Reply reply : replies) {
			if (reply instanceof Reply.Send send) {
				message(chat, send.html(), send.buttons());
			}
			else if (reply instanceof Reply.Edit edit) {
				edit(chat, edit.html(), edit.buttons());
			}
			else if (reply instanceof Reply.Document document) {
				document(chat, document);
			}
		}
		if (isPress(chat)) {
			answer(chat,
					replies.stream()
						.filter(Reply.Answer.class::isInstance)
						.map((reply) -> ((Reply.Answer) reply).notice())
						.findFirst()
						.orElse(null));
		}
	}

	/**
	 * Sends a new message, split as the messenger needs; the buttons go with the last
	 * part.
	 */
	protected abstract void message(C chat, String html, List<List<Reply.Button>> buttons);

	/**
	 * Rewrites the message whose button was pressed, or sends a new one when the update
	 * was no press.
	 */
	protected abstract void edit(C chat, String html, List<List<Reply.Button>> buttons);

	protected abstract void document(C chat, Reply.Document document);

	/**
	 * Whether the update was a button press, which must be acknowledged.
	 */
	protected abstract boolean isPress(C chat);

	/**
	 * Acknowledges the press, showing the notice if there is one.
	 */
	protected abstract void answer(C chat, String notice);

}
