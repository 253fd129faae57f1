package org.classbell.bot.telegram;

import java.util.List;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.Update;

import org.classbell.bot.conversation.Incoming;
import org.classbell.bot.conversation.Reply;
import org.classbell.bot.update.UpdateHandler;
import org.classbell.notifier.telegram.ConditionalOnTelegram;
import org.classbell.store.Messenger;

import org.springframework.stereotype.Component;

/**
 * Telegram's side of a conversation: an update from the Bot API becomes what the bot's
 * commands read, and their replies go back as Bot API calls in the chat, on the message
 * whose button was pressed and as the answer to the press.
 */
@Component
@ConditionalOnTelegram
public class TelegramUpdates {

	private final UpdateHandler handler;

	private final TelegramSender sender;

	TelegramUpdates(UpdateHandler handler, TelegramSender sender) {
		this.handler = handler;
		this.sender = sender;
	}

	/**
	 * Handles a batch of updates as long polling brings them, those of one chat in order.
	 */
	public void handle(List<Update> updates) {
		this.handler.handleAll(updates, (update) -> chat(update).map(Chat::chatId).orElse(-(long) update.getUpdateId()),
				this::handle);
	}

	/**
	 * Handles one update, and sends its replies once it committed.
	 */
	public void handle(Update update) {
		Optional<Chat> chat = chat(update);
		if (chat.isEmpty()) {
			this.handler.skip(Messenger.TELEGRAM, update.getUpdateId());
			return;
		}
		List<Reply> replies = this.handler.handle(chat.get().incoming());
		this.sender.send(chat.get(), replies);
	}

	/**
	 * What a Telegram update says, if it is a text or a button press in a private chat.
	 */
	static Optional<Chat> chat(Update update) {
		if (update.hasMessage() && update.getMessage().hasText() && update.getMessage().getChat().isUserChat()) {
			var message = update.getMessage();
			return Optional
				.of(new Chat(
						Incoming.reply(Messenger.TELEGRAM, update.getUpdateId(), message.getFrom().getId(),
								message.getChatId(), message.getText(), message.getFrom().getLanguageCode(),
								(message.getReplyToMessage() != null)
										? String.valueOf(message.getReplyToMessage().getMessageId()) : null),
						null, null));
		}
		if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null
				&& update.getCallbackQuery().getData() != null) {
			var callback = update.getCallbackQuery();
			return Optional
				.of(new Chat(Incoming.button(Messenger.TELEGRAM, update.getUpdateId(), callback.getFrom().getId(),
						callback.getMessage().getChatId(), callback.getData(), callback.getFrom().getLanguageCode()),
						callback.getId(), callback.getMessage().getMessageId()));
		}
		return Optional.empty();
	}

	/**
	 * An update of a private chat, with what Telegram needs to answer it.
	 *
	 * @param incoming what the person did
	 * @param callbackId the button press to answer, or {@code null}
	 * @param messageId the message whose button was pressed, or {@code null}
	 */
	record Chat(Incoming incoming, String callbackId, Integer messageId) {

		long chatId() {
			return this.incoming.chatId();
		}

	}

}
