package org.classbell.bot.telegram;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.classbell.bot.conversation.Reply;
import org.classbell.bot.conversation.ReplySender;
import org.classbell.notifier.telegram.ConditionalOnTelegram;
import org.classbell.templates.ChatText;
import org.classbell.templates.Quote;

import org.springframework.stereotype.Component;

/**
 * Sends the bot's replies to a chat through the Bot API, in Telegram's HTML mode: a new
 * message, an edit of the message whose button was pressed, a file, and the answer every
 * button press gets (with the reply's notice, if any). A reply that cannot be sent is
 * logged; it never fails the update it answers, which has committed already.
 */
@Component
@ConditionalOnTelegram
class TelegramSender extends ReplySender<TelegramUpdates.Chat> {

	private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

	/** The most characters of the notice that answers a button (Telegram takes 200). */
	private static final int NOTICE = 200;

	/** The most characters of a file's caption (Telegram takes 1024). */
	private static final int CAPTION = 1024;

	private final TelegramClient client;

	TelegramSender(TelegramClient client) {
		this.client = client;
	}

	@Override
	protected void edit(TelegramUpdates.Chat chat, String html, List<List<Reply.Button>> buttons) {
		if (chat.messageId() == null) {
			message(chat, html, buttons);
			return;
		}
		execute(EditMessageText.builder()
			.chatId(chat.chatId())
			.messageId(chat.messageId())
			.text(ChatText.shorten(html, ChatText.TELEGRAM_LIMIT))
			.parseMode(ParseMode.HTML)
			.replyMarkup(keyboard(buttons))
			.build(), "edit");
	}

	@Override
	protected boolean isPress(TelegramUpdates.Chat chat) {
		return chat.callbackId() != null;
	}

	@Override
	protected void answer(TelegramUpdates.Chat chat, String notice) {
		execute(AnswerCallbackQuery.builder()
			.callbackQueryId(chat.callbackId())
			.text(Quote.cut(notice, NOTICE))
			.build(), "answer");
	}

	/**
	 * Sends the text, as several messages when it is longer than one takes (split at line
	 * ends); the buttons go with the last.
	 */
	@Override
	protected void message(TelegramUpdates.Chat chat, String html, List<List<Reply.Button>> buttons) {
		List<String> parts = ChatText.split(html, ChatText.TELEGRAM_LIMIT);
		for (int i = 0; i < parts.size(); i++) {
			boolean sent = execute(SendMessage.builder()
				.chatId(chat.chatId())
				.text(parts.get(i))
				.parseMode(ParseMode.HTML)
				// no previews: a link's preview would be fetched by Telegram, which could
				// use a
				// one-time console link before its owner does
				.linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
				.replyMarkup((i == parts.size() - 1) ? keyboard(buttons) : null)
				.build(), "message");
			if (!sent) {
				// a reply with a hole in it would mislead: the rest is not sent either
				break;
			}
		}
	}

	/**
	 * Uploads the file; what it holds is never logged.
	 */
	@Override
	protected void document(TelegramUpdates.Chat chat, Reply.Document document) {
		try {
			this.client.execute(SendDocument.builder()
				.chatId(chat.chatId())
				.document(new InputFile(new ByteArrayInputStream(document.content()), document.fileName()))
				.caption(ChatText.shorten(document.caption(), CAPTION))
				.parseMode(ParseMode.HTML)
				.build());
		}
		catch (TelegramApiException ex) {
			log.warn("Could not send a document to the Bot API: {}", ex.getMessage());
		}
	}

	private boolean execute(org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod<?> method,
			String what) {
		try {
			this.client.execute(method);
			return true;
		}
		catch (TelegramApiException ex) {
			log.warn("Could not send a {} to the Bot API: {}", what, ex.getMessage());
			return false;
		}
	}

	private static InlineKeyboardMarkup keyboard(List<List<Reply.Button>> buttons) {
		if (buttons.isEmpty()) {
			return null;
		}
		List<InlineKeyboardRow> rows = buttons.stream()
			.map((row) -> new InlineKeyboardRow(row.stream()
				.map((button) -> InlineKeyboardButton.builder()
					.text(button.label())
					.callbackData(button.data())
					.build())
				.toList()))
			.toList();
		return new InlineKeyboardMarkup(rows);
	}

}
