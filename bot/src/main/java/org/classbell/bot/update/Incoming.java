package org.classbell.bot.update;

import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * What a person did in the private chat with the bot: wrote a text, or pressed a button.
 *
 * @param updateId the Telegram update
 * @param userId the Telegram user
 * @param chatId the chat to answer in
 * @param text the text written, or {@code null}
 * @param callbackId the id of the button press to answer, or {@code null}
 * @param callbackData the data of the button pressed, or {@code null}
 * @param messageId the message whose button was pressed, or {@code null}
 * @param languageCode the language of the person's Telegram, if it says
 */
public record Incoming(long updateId, long userId, long chatId, String text, String callbackId, String callbackData,
		Integer messageId, String languageCode) {

	/**
	 * What a Telegram update says, if it is a text or a button press in a private chat.
	 */
	public static Optional<Incoming> of(Update update) {
		if (update.hasMessage() && update.getMessage().hasText() && update.getMessage().getChat().isUserChat()) {
			var message = update.getMessage();
			return Optional.of(new Incoming(update.getUpdateId(), message.getFrom().getId(), message.getChatId(),
					message.getText(), null, null, null, message.getFrom().getLanguageCode()));
		}
		if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
			var callback = update.getCallbackQuery();
			return Optional.of(new Incoming(update.getUpdateId(), callback.getFrom().getId(),
					callback.getMessage().getChatId(), null, callback.getId(), callback.getData(),
					callback.getMessage().getMessageId(), callback.getFrom().getLanguageCode()));
		}
		return Optional.empty();
	}

	public boolean isButton() {
		return this.callbackData != null;
	}

}
