package org.classbell.testing;

import java.util.List;

/**
 * An {@code editMessageText} or {@code editMessageReplyMarkup} call to
 * {@link FakeBotApi}.
 *
 * @param method {@code editmessagetext} or {@code editmessagereplymarkup}
 * @param chatId the chat, 0 for an inline message
 * @param messageId the message, 0 for an inline message
 * @param text the new text, {@code null} for {@code editMessageReplyMarkup}
 * @param parseMode its {@code parse_mode}, {@code null} when none
 * @param buttons the new inline keyboard, row by row; empty when none
 */
public record Edit(String method, long chatId, int messageId, String text, String parseMode,
		List<List<Button>> buttons) {

}
