package org.classbell.bot.conversation;

import org.classbell.store.ChatUser;
import org.classbell.store.Messenger;

/**
 * What a person did in their private conversation with the bot, whatever the messenger:
 * wrote a text, or pressed a button under one of the bot's messages.
 *
 * @param messenger the messenger it came from
 * @param updateId the messenger's id of this update, by which it is handled once
 * @param userId the person's account with the messenger
 * @param chatId the conversation, where the bot answers and notifications go
 * @param text the text written, or {@code null}
 * @param buttonData what the button pressed carries, or {@code null}
 * @param languageCode the language of the person's messenger, if it says
 * @param replyTo for a text written as a reply to one of the bot's messages, the
 * messenger's id of that message; else {@code null}
 */
public record Incoming(Messenger messenger, long updateId, long userId, long chatId, String text, String buttonData,
		String languageCode, String replyTo) {

	public Incoming {
		if ((text == null) == (buttonData == null)) {
			throw new IllegalArgumentException("An update is a text or a button press");
		}
	}

	public static Incoming text(Messenger messenger, long updateId, long userId, long chatId, String text,
			String languageCode) {
		return new Incoming(messenger, updateId, userId, chatId, text, null, languageCode, null);
	}

	/**
	 * A text written as a reply to one of the bot's messages.
	 * @param replyTo the messenger's id of the message replied to, or {@code null}
	 */
	public static Incoming reply(Messenger messenger, long updateId, long userId, long chatId, String text,
			String languageCode, String replyTo) {
		return new Incoming(messenger, updateId, userId, chatId, text, null, languageCode, replyTo);
	}

	public static Incoming button(Messenger messenger, long updateId, long userId, long chatId, String data,
			String languageCode) {
		return new Incoming(messenger, updateId, userId, chatId, null, data, languageCode, null);
	}

	/**
	 * The person's account: the messenger and its id for them.
	 */
	public ChatUser user() {
		return new ChatUser(this.messenger, this.userId);
	}

	public boolean isButton() {
		return this.buttonData != null;
	}

}
