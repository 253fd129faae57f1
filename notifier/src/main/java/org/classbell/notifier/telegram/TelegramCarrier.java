package org.classbell.notifier.telegram;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.classbell.notifier.outbox.Button;
import java.util.List;
import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.classbell.notifier.dispatch.Carrier;
import org.classbell.notifier.dispatch.Outcome;
import org.classbell.notifier.dispatch.Outgoing;
import org.classbell.notifier.outbox.Channel;
import org.classbell.templates.ChatText;

import org.springframework.stereotype.Component;

/**
 * Hands notifications to the Bot API through the bot's client. A 403 (the bot was
 * blocked, the account deleted) or a chat that is not found makes the chat unreachable; a
 * 429 waits the {@code retry_after} Telegram gives; 5xx and network faults are retried.
 */
@Component
@ConditionalOnTelegram
class TelegramCarrier implements Carrier {

	private static final Logger log = LoggerFactory.getLogger(TelegramCarrier.class);

	private final TelegramClient client;

	TelegramCarrier(TelegramClient client) {
		this.client = client;
	}

	@Override
	public Channel channel() {
		return Channel.TELEGRAM;
	}

	@Override
	public Outcome send(Outgoing message) {
		try {
			String body = ChatText.shorten(message.body(), ChatText.TELEGRAM_LIMIT);
			if (body.length() < message.body().length()) {
				log.warn("Notification {} has {} characters, more than a Telegram message takes; sent shortened",
						message.id(), ChatText.length(message.body()));
			}
			Message sent = this.client.execute(SendMessage.builder()
				.chatId(message.address())
				.text(body)
				.parseMode(ParseMode.HTML)
				.linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
				.replyMarkup(keyboard(message.buttons()))
				.build());
			return new Outcome.Sent(String.valueOf(sent.getMessageId()), null);
		}
		catch (TelegramApiRequestException ex) {
			return outcome(ex);
		}
		catch (TelegramApiException ex) {
			return new Outcome.Retry("Bot API unreachable: " + ex.getMessage(), null);
		}
	}

	private static InlineKeyboardMarkup keyboard(List<List<Button>> buttons) {
		if (buttons.isEmpty()) {
			return null;
		}
		return new InlineKeyboardMarkup(buttons.stream()
			.map((row) -> new InlineKeyboardRow(row.stream()
				.map((button) -> InlineKeyboardButton.builder()
					.text(button.label())
					.callbackData(button.data())
					.build())
				.toList()))
			.toList());
	}

	static Outcome outcome(TelegramApiRequestException ex) {
		int code = (ex.getErrorCode() != null) ? ex.getErrorCode() : 0;
		String error = "Telegram " + ((code != 0) ? code + ": " : "") + ex.getApiResponse();
		if (code == 429) {
			Integer retryAfter = (ex.getParameters() != null) ? ex.getParameters().getRetryAfter() : null;
			return new Outcome.Retry(error, Duration.ofSeconds((retryAfter != null) ? retryAfter : 1));
		}
		if (code == 403 || (code == 400
				&& String.valueOf(ex.getApiResponse()).toLowerCase(Locale.ROOT).contains("chat not found"))) {
			return new Outcome.Failed(error, Outcome.Consequence.CHAT_UNREACHABLE);
		}
		if (code >= 500 || code == 0) {
			return new Outcome.Retry(error, null);
		}
		return new Outcome.Failed(error, Outcome.Consequence.NONE);
	}

}
