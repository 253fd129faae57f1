package org.classbell.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file the bot uploaded to {@link FakeMaxApi}.
 *
 * @param name the file's name as uploaded
 * @param content the file's bytes
 */
public record MaxFile(String name, byte[] content) {

	public MaxFile {
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
		return (other instanceof MaxFile file) && Objects.equals(this.name, file.name)
				&& Arrays.equals(this.content, file.content);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.name, Arrays.hashCode(this.content));
	}

	@Override
	public String toString() {
		return "MaxFile[name=" + this.name + ", " + this.content.length + " bytes]";
	}

}
