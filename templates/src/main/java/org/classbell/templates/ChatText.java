package org.classbell.templates;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A messenger's HTML (the catalogue's markup, which Telegram and MAX both take) measured
 * and fitted to the messenger's limit: a Telegram message may have 4,096 characters once
 * its tags are taken out and its entities read ({@code &lt;} is one), a MAX message
 * 4,000. A longer text is split into messages at line ends (at a space, or anywhere
 * outside a tag or an entity, for a line longer than a message), or shortened with an
 * ellipsis; tags open where it is cut are closed there and opened again in the next part,
 * so every part is valid HTML.
 */
public final class ChatText {

	/** The most characters of a Telegram message. */
	public static final int TELEGRAM_LIMIT = 4096;

	/** The most characters of a MAX message. */
	public static final int MAX_LIMIT = 4000;

	private static final String ELLIPSIS = "…";

	private ChatText() {
	}

	/**
	 * The characters a messenger counts: without tags, an entity as one.
	 */
	public static int length(String html) {
		int length = 0;
		for (int i = 0; i < html.length(); i = next(html, i)) {
			length += weight(html, i);
		}
		return length;
	}

	/**
	 * The text as messages of at most {@code max} characters each, in order; the text
	 * itself when it fits.
	 */
	public static List<String> split(String html, int max) {
		List<String> parts = new ArrayList<>();
		String rest = html;
		while (length(rest) > max) {
			Cut cut = cut(rest, Math.max(2, max), true);
			String part = rest.substring(0, cut.end()) + closing(cut.open());
			if (!visible(part).isBlank()) {
				parts.add(part);
			}
			rest = opening(cut.open()) + rest.substring(cut.resume());
		}
		if (parts.isEmpty() || !visible(rest).isBlank()) {
			parts.add(rest);
		}
		return parts;
	}

	/**
	 * The text itself when it fits in {@code max} characters; otherwise its beginning,
	 * cut at a line end or a space where one is near, and an ellipsis.
	 */
	public static String shorten(String html, int max) {
		if (length(html) <= max) {
			return html;
		}
		Cut cut = cut(html, max - ELLIPSIS.length(), false);
		return html.substring(0, cut.end()).stripTrailing() + ELLIPSIS + closing(cut.open());
	}

	/**
	 * The text without its tags, entities as written.
	 */
	private static String visible(String html) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < html.length(); i = next(html, i)) {
			if (weight(html, i) > 0) {
				text.append(html, i, next(html, i));
			}
		}
		return text.toString();
	}

	/**
	 * Where to cut the text so that what comes before has at most {@code max} characters:
	 * after the last line end that fits, else after the last space (in the second half),
	 * else at the last token that fits.
	 */
	private static Cut cut(String html, int max, boolean preferLines) {
		Deque<String> open = new ArrayDeque<>();
		Cut lastLine = null;
		Cut lastSpace = null;
		int length = 0;
		int i = 0;
		while (i < html.length()) {
			int weight = weight(html, i);
			if (length + weight > max) {
				break;
			}
			int end = next(html, i);
			if (html.charAt(i) == '<') {
				tag(html.substring(i, end), open);
			}
			if (length > 0 && html.charAt(i) == '\n') {
				lastLine = new Cut(i, end, length, List.copyOf(open));
			}
			else if (length > max / 2 && html.charAt(i) == ' ') {
				lastSpace = new Cut(i, end, length, List.copyOf(open));
			}
			length += weight;
			i = end;
		}
		if (lastLine != null && (preferLines || lastLine.before() > max / 2)) {
			return lastLine;
		}
		return (lastSpace != null) ? lastSpace : new Cut(i, i, length, List.copyOf(open));
	}

	/**
	 * Keeps the stack of open tags as a tag is read.
	 */
	private static void tag(String tag, Deque<String> open) {
		if (tag.startsWith("</")) {
			String name = name(tag);
			if (!open.isEmpty() && name(open.peek()).equals(name)) {
				open.pop();
			}
		}
		else {
			open.push(tag);
		}
	}

	private static String name(String tag) {
		int from = tag.startsWith("</") ? 2 : 1;
		int to = from;
		while (to < tag.length() && (Character.isLetterOrDigit(tag.charAt(to)) || tag.charAt(to) == '-')) {
			to++;
		}
		return tag.substring(from, to);
	}

	private static String closing(List<String> open) {
		StringBuilder closing = new StringBuilder();
		open.forEach((tag) -> closing.append("</").append(name(tag)).append('>'));
		return closing.toString();
	}

	private static String opening(List<String> open) {
		StringBuilder opening = new StringBuilder();
		for (int i = open.size() - 1; i >= 0; i--) {
			opening.append(open.get(i));
		}
		return opening.toString();
	}

	/**
	 * Where the token at {@code i} ends: a tag, an entity, a character (both halves of a
	 * surrogate pair).
	 */
	private static int next(String html, int i) {
		char c = html.charAt(i);
		if (c == '<') {
			int end = html.indexOf('>', i);
			return (end < 0) ? i + 1 : end + 1;
		}
		if (c == '&') {
			int end = html.indexOf(';', i);
			return (end > i && end - i <= 10) ? end + 1 : i + 1;
		}
		return (Character.isHighSurrogate(c) && i + 1 < html.length()) ? i + 2 : i + 1;
	}

	/**
	 * The characters Telegram counts for the token at {@code i}.
	 */
	private static int weight(String html, int i) {
		char c = html.charAt(i);
		if (c == '<' && html.indexOf('>', i) >= 0) {
			return 0;
		}
		if (c == '&') {
			return 1;
		}
		return next(html, i) - i;
	}

	/**
	 * A place to cut: the part ends at {@code end}, the next begins at {@code resume}
	 * (after the line end or space cut at), {@code before} characters come before it, and
	 * these tags are open there, innermost first.
	 */
	private record Cut(int end, int resume, int before, List<String> open) {

	}

}
