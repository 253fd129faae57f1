package org.classbell.testing;

import java.util.List;

/**
 * A message the bot sent to {@link FakeBotApi} with {@code sendMessage}.
 *
 * @param chatId the chat it went to
 * @param messageId the id the server gave it
 * @param text its text as sent
 * @param parseMode its {@code parse_mode}, {@code null} when none
 * @param buttons its inline keyboard, row by row; empty when none
 */
public record SentMessage(long chatId, int messageId, String text, String parseMode, List<List<Button>> buttons) {

	/**
	 * The callback data of all its buttons, row after row.
	 */
	public List<String> callbackData() {
		return this.buttons.stream().flatMap(List::stream).map(Button::callbackData).toList();
	}

}
