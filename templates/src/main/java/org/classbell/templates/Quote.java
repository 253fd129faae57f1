package org.classbell.templates;

/**
 * What someone wrote, as a message repeats it: at most so many characters, the rest cut
 * with an ellipsis (never in the middle of a character), so that a long input never makes
 * the message too long for its channel.
 */
public final class Quote {

	private static final String ELLIPSIS = "…";

	private Quote() {
	}

	/**
	 * The text, or its first {@code max - 1} characters and an ellipsis when it is
	 * longer.
	 */
	public static String cut(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		int end = max - ELLIPSIS.length();
		if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, Math.max(0, end)).stripTrailing() + ELLIPSIS;
	}

}
