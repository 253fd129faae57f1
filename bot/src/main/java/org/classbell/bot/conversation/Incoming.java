package org.classbell.bot.conversation;

/**
 * What a person did in their private conversation with the bot, whatever the messenger:
 * wrote a text, or pressed a button under one of the bot's messages.
 *
 * @param updateId the messenger's id of this update, by which it is handled once
 * @param userId the person's account with the messenger
 * @param chatId the conversation, where the bot answers and notifications go
 * @param text the text written, or {@code null}
 * @param buttonData what the button pressed carries, or {@code null}
 * @param languageCode the language of the person's messenger, if it says
 */
public record Incoming(long updateId, long userId, long chatId, String text, String buttonData, String languageCode) {

	public Incoming {
		if ((text == null) == (buttonData == null)) {
			throw new IllegalArgumentException("An update is a text or a button press");
		}
	}

	public static Incoming text(long updateId, long userId, long chatId, String text, String languageCode) {
		return new Incoming(updateId, userId, chatId, text, null, languageCode);
	}

	public static Incoming button(long updateId, long userId, long chatId, String data, String languageCode) {
		return new Incoming(updateId, userId, chatId, null, data, languageCode);
	}

	public boolean isButton() {
		return this.buttonData != null;
	}

}
