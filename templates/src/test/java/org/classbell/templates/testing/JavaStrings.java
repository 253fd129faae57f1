package org.classbell.templates.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source, with what stands around them: comments, character
 * literals and text blocks (SQL, mostly) are skipped.
 */
final class JavaStrings {

	private JavaStrings() {
	}

	static List<Literal> of(String source) {
		List<Literal> literals = new ArrayList<>();
		int i = 0;
		int n = source.length();
		while (i < n) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				i = end(source.indexOf('\n', i), n);
			}
			else if (source.startsWith("/*", i)) {
				i = end(source.indexOf("*/", i + 2), n) + 2;
			}
			else if (source.startsWith("\"\"\"", i)) {
				i = end(source.indexOf("\"\"\"", i + 3), n) + 3;
			}
			else if (c == '\'') {
				i = closing(source, i + 1, '\'') + 1;
			}
			else if (c == '"') {
				int close = closing(source, i + 1, '"');
				literals.add(new Literal(unescape(source.substring(i + 1, close)), neighbour(source, i - 1, -1) == '+',
						neighbour(source, close + 1, 1) == '+', source.substring(Math.max(0, i - 80), i)));
				i = close + 1;
			}
			else {
				i++;
			}
		}
		return literals;
	}

	private static int end(int found, int length) {
		return (found < 0) ? length : found;
	}

	private static int closing(String source, int from, char quote) {
		int i = from;
		while (i < source.length() && source.charAt(i) != quote) {
			i += (source.charAt(i) == '\\') ? 2 : 1;
		}
		return Math.min(i, source.length() - 1);
	}

	private static char neighbour(String source, int from, int step) {
		for (int i = from; i >= 0 && i < source.length(); i += step) {
			if (!Character.isWhitespace(source.charAt(i))) {
				return source.charAt(i);
			}
		}
		return 0;
	}

	private static String unescape(String text) {
		return text.replace("\\\"", "\"").replace("\\\\", "\\");
	}

	/**
	 * A string literal.
	 *
	 * @param value what it says
	 * @param precededByPlus whether a {@code +} comes before it
	 * @param followedByPlus whether a {@code +} comes after it
	 * @param before the source just before it
	 */
	record Literal(String value, boolean precededByPlus, boolean followedByPlus, String before) {

	}

}
