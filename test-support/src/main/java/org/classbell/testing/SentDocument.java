package org.classbell.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file the bot uploaded to {@link FakeBotApi} with {@code sendDocument}.
 *
 * @param chatId the chat it went to
 * @param messageId the id the server gave its message
 * @param fileName the file's name as uploaded
 * @param content the file's bytes
 * @param caption its caption as sent, {@code null} when none
 * @param parseMode the caption's {@code parse_mode}, {@code null} when none
 */
public record SentDocument(long chatId, int messageId, String fileName, byte[] content, String caption,
		String parseMode) {

	public SentDocument {
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return this.content.clone();
	}

	/**
	 * The file's content as UTF-8 text.
	 */
	public String text() {
		return new String(this.content, StandardCharsets.UTF_8);
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof SentDocument document) && this.chatId == document.chatId
				&& this.messageId == document.messageId && Objects.equals(this.fileName, document.fileName)
				&& Arrays.equals(this.content, document.content) && Objects.equals(this.caption, document.caption)
				&& Objects.equals(this.parseMode, document.parseMode);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.chatId, this.messageId, this.fileName, Arrays.hashCode(this.content), this.caption,
				this.parseMode);
	}

	@Override
	public String toString() {
		return "SentDocument[chatId=" + this.chatId + ", messageId=" + this.messageId + ", fileName=" + this.fileName
				+ ", " + this.content.length + " bytes, caption=" + this.caption + ", parseMode=" + this.parseMode
				+ "]";
	}

}
