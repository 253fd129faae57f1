package org.classbell.testing;

import java.util.List;

/**
 * A message the bot sent to {@link FakeMaxApi} with {@code POST /messages}.
 *
 * @param chatId the chat it went to
 * @param mid the id the server gave it
 * @param text its text as sent
 * @param format its {@code format} ({@code html} or {@code markdown}), {@code null} when
 * none
 * @param buttons its inline keyboard, row by row; empty when none
 * @param file the uploaded file attached, {@code null} when none
 */
public record SentMaxMessage(long chatId, String mid, String text, String format, List<List<MaxButton>> buttons,
		MaxFile file) {

	/**
	 * The payloads of all its buttons, row after row.
	 */
	public List<String> payloads() {
		return this.buttons.stream().flatMap(List::stream).map(MaxButton::payload).toList();
	}

}
