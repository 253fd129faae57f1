package org.classbell.templates;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a message's text may contain: Telegram HTML or plain text, told by the message's
 * key (the rule is written at the top of {@code messages_ru.properties}).
 */
public enum Markup {

	/**
	 * Telegram's HTML mode: only the tags Telegram knows, each closed, and {@code <} and
	 * {@code &} escaped where they are not markup.
	 */
	TELEGRAM_HTML {
		@Override
		public Optional<String> problem(String text) {
			return htmlProblem(text);
		}
	},

	/**
	 * Plain text (SMS, admin API answers, pieces put into other messages, button labels):
	 * no tags and no HTML entities, which would be shown as typed.
	 */
	PLAIN {
		@Override
		public Optional<String> problem(String text) {
			Matcher tag = ANY_TAG.matcher(text);
			if (tag.find()) {
				return Optional.of("this text is sent as plain text, where the tag " + tag.group()
						+ " would be shown as typed; remove it");
			}
			Matcher entity = ENTITY.matcher(text);
			if (entity.find()) {
				return Optional.of("this text is sent as plain text, where " + entity.group()
						+ " would be shown as typed; write the character itself");
			}
			return Optional.empty();
		}
	};

	/** The tags Telegram's HTML mode shows. */
	public static final Set<String> TELEGRAM_TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
			"a", "code", "pre", "blockquote", "tg-spoiler");

	private static final List<String> PLAIN_PREFIXES = List.of("sms.", "import.", "api.", "invites.",
			"attendance.fact.", "common.", "bot.settings.channel.", "bot.settings.frequency.", "bot.settings.quiet.",
			"bot.settings.language.", "bot.settings.digest.", "report.sms.");

	private static final List<String> PLAIN_SUFFIXES = List.of(".sms", ".button", "_button", ".label");

	private static final Set<String> PLAIN_KEYS = Set.of("bot.button_expired", "bot.consent.agree",
			"bot.consent.decline", "bot.students.candidate", "bot.students.cancel", "bot.rollcall.lesson",
			"bot.rollcall.day", "bot.rollcall.absent", "bot.rollcall.present", "bot.rollcall.done",
			"bot.rollcall.cancel", "bot.stop.yes", "bot.stop.no");

	private static final Pattern ANY_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9-]*(\\s[^<>]*)?/?>");

	private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);");

	private static final Pattern TELEGRAM_ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|lt|gt|amp|quot);");

	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)(\\s[^<>]*)?>");

	/**
	 * The markup of the message with this key.
	 */
	public static Markup of(String key) {
		boolean plain = PLAIN_KEYS.contains(key) || PLAIN_PREFIXES.stream().anyMatch(key::startsWith)
				|| PLAIN_SUFFIXES.stream().anyMatch(key::endsWith);
		return plain ? PLAIN : TELEGRAM_HTML;
	}

	/**
	 * What is wrong with a rendered text of this markup, in words for the school's
	 * administrator, or nothing when it is fine.
	 */
	public abstract Optional<String> problem(String text);

	private static Optional<String> htmlProblem(String text) {
		Deque<String> open = new ArrayDeque<>();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '&' && !TELEGRAM_ENTITY.matcher(text).region(i, text.length()).lookingAt()) {
				return Optional.of("Telegram does not accept a bare &; write &amp; to show &");
			}
			if (c != '<') {
				continue;
			}
			Matcher tag = TAG.matcher(text).region(i, text.length());
			if (!tag.lookingAt()) {
				return Optional.of("Telegram does not accept a < that starts no tag; write &lt; to show <");
			}
			String name = tag.group(2).toLowerCase();
			if (!TELEGRAM_TAGS.contains(name)) {
				return Optional.of("Telegram does not know the tag " + tag.group()
						+ "; it shows <b>, <i>, <u>, <s>, <code>, <pre> and <a href=\"...\">");
			}
			if (tag.group(1).isEmpty()) {
				if (name.equals("a") && (tag.group(3) == null || !tag.group(3).contains("href="))) {
					return Optional.of("a link " + tag.group() + " needs an address: <a href=\"https://...\">");
				}
				open.push(name);
			}
			else if (open.isEmpty()) {
				return Optional.of(tag.group() + " closes a tag that was not opened");
			}
			else if (!open.peek().equals(name)) {
				return Optional.of(tag.group() + " comes before </" + open.peek() + ">; close tags in reverse order");
			}
			else {
				open.pop();
			}
			i = tag.end() - 1;
		}
		return open.isEmpty() ? Optional.empty()
				: Optional.of("<" + open.peek() + "> is opened but not closed; add </" + open.peek() + ">");
	}

}
