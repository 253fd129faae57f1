package org.classbell.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/form-data} body, as TelegramBots sends methods that may carry
 * files (such as {@code sendDocument}): its text fields and its files, byte for byte.
 */
final class MultipartBody {

	private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"([^\"]+)\"|[^;\\s]+)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	private static final String CRLF = "\r\n";

	private MultipartBody() {
	}

	/**
	 * The parts of the body, in order; none when the content type names no boundary.
	 * @param contentType the request's {@code Content-Type}
	 * @param body the request body as sent
	 */
	static List<Part> parse(String contentType, byte[] body) {
		Matcher boundary = BOUNDARY.matcher(contentType);
		if (!boundary.find()) {
			return List.of();
		}
		String delimiter = "--" + ((boundary.group(2) != null) ? boundary.group(2) : boundary.group(1));
		// ISO-8859-1 maps each byte to one char and back, so that files keep their bytes
		String text = new String(body, StandardCharsets.ISO_8859_1);
		List<Part> parts = new ArrayList<>();
		int at = text.indexOf(delimiter);
		while (at >= 0) {
			int start = at + delimiter.length();
			if (text.startsWith("--", start)) {
				break;
			}
			int next = text.indexOf(CRLF + delimiter, start);
			if (next < 0) {
				break;
			}
			part(text.substring(start, next)).ifPresent(parts::add);
			at = next + CRLF.length();
		}
		return List.copyOf(parts);
	}

	private static Optional<Part> part(String raw) {
		int headersEnd = raw.indexOf(CRLF + CRLF);
		if (headersEnd < 0) {
			return Optional.empty();
		}
		String headers = utf8(raw.substring(0, headersEnd));
		Matcher name = NAME.matcher(headers);
		if (!name.find()) {
			return Optional.empty();
		}
		Matcher fileName = FILE_NAME.matcher(headers);
		byte[] content = raw.substring(headersEnd + 2 * CRLF.length()).getBytes(StandardCharsets.ISO_8859_1);
		return Optional.of(new Part(name.group(1), fileName.find() ? fileName.group(1) : null, content));
	}

	private static String utf8(String latin1) {
		return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
	}

	/**
	 * A part of the body.
	 *
	 * @param name its field name
	 * @param fileName the name of the file it carries, {@code null} for a text field
	 * @param content its bytes
	 */
	record Part(String name, String fileName, byte[] content) {

		boolean isFile() {
			return this.fileName != null;
		}

		/**
		 * Its content as UTF-8 text.
		 */
		String text() {
			return new String(this.content, StandardCharsets.UTF_8);
		}

	}

}
