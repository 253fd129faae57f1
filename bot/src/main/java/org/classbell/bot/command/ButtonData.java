package org.classbell.bot.command;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The pieces button data is made of, for the codecs of the kinds of buttons: a prefix and
 * parts joined by colons, and ids as plain decimal numbers.
 */
final class ButtonData {

	private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

	private ButtonData() {
	}

	/**
	 * {@code prefix:part:part}.
	 */
	static String join(String prefix, Object... parts) {
		StringBuilder data = new StringBuilder(prefix);
		for (Object part : parts) {
			data.append(':').append(part);
		}
		return data.toString();
	}

	/**
	 * The data cut into exactly {@code count} parts at colons, the last taking the rest;
	 * empty when there are fewer or one is empty.
	 */
	static Optional<List<String>> split(String data, int count) {
		String[] parts = data.split(":", count);
		if (parts.length != count) {
			return Optional.empty();
		}
		for (String part : parts) {
			if (part.isEmpty()) {
				return Optional.empty();
			}
		}
		return Optional.of(List.of(parts));
	}

	/**
	 * {@code yes} or {@code no}.
	 */
	static String yesNo(boolean yes) {
		return yes ? "yes" : "no";
	}

	/**
	 * What {@link #yesNo(boolean)} wrote, or empty.
	 */
	static Optional<Boolean> yesNo(String data) {
		return switch (data) {
			case "yes" -> Optional.of(true);
			case "no" -> Optional.of(false);
			default -> Optional.empty();
		};
	}

	/**
	 * A positive id written in decimal, or empty.
	 */
	static Optional<Long> id(String text) {
		return ID.matcher(text).matches() ? Optional.of(Long.parseLong(text)) : Optional.empty();
	}

}
