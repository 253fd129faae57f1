package org.classbell.bot.telegram;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.classbell.bot.update.Reply;

import org.springframework.stereotype.Component;

/**
 * Sends the bot's replies through the Bot API. A reply that cannot be sent is logged; it
 * never fails the update it answers, which has committed already.
 */
@Component
@ConditionalOnTelegram
public class TelegramSender {

	private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

	private final TelegramClient client;

	TelegramSender(TelegramClient client) {
		this.client = client;
	}

	public void send(List<Reply> replies) {
		for (Reply reply : replies) {
			try {
				execute(reply);
			}
			catch (TelegramApiException ex) {
				log.warn("Could not send a {} to the Bot API: {}", reply.getClass().getSimpleName(), ex.getMessage());
			}
		}
	}

	private void execute(Reply reply) throws TelegramApiException {
		if (reply instanceof Reply.Send send) {
			this.client.execute(SendMessage.builder()
				.chatId(send.chatId())
				.text(send.html())
				.parseMode(ParseMode.HTML)
				.replyMarkup(keyboard(send.buttons()))
				.build());
		}
		else if (reply instanceof Reply.Edit edit) {
			this.client.execute(EditMessageText.builder()
				.chatId(edit.chatId())
				.messageId(edit.messageId())
				.text(edit.html())
				.parseMode(ParseMode.HTML)
				.replyMarkup(keyboard(edit.buttons()))
				.build());
		}
		else if (reply instanceof Reply.Answer answer) {
			this.client.execute(
					AnswerCallbackQuery.builder().callbackQueryId(answer.callbackId()).text(answer.notice()).build());
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
