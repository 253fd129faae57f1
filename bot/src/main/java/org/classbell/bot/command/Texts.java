package org.classbell.bot.command;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.classbell.bot.conversation.Reply;
import org.classbell.templates.MessageCatalog;
import org.classbell.templates.Quote;

import org.springframework.stereotype.Component;

/**
 * The bot's words, from the message catalogue in the caller's language, in the
 * catalogue's HTML markup (bold, italics, links) that the messenger's adapter shows.
 */
@Component
public class Texts {

	/** The most characters of one argument a reply repeats. */
	static final int QUOTED = 1000;

	private final MessageCatalog messages;

	Texts(MessageCatalog messages) {
		this.messages = messages;
	}

	/**
	 * A reply in Telegram HTML; a text argument longer than {@value #QUOTED} characters
	 * (what someone typed, quoted back) is cut with an ellipsis.
	 */
	public String html(Locale locale, String key, Map<String, ?> arguments) {
		Map<String, Object> quoted = new HashMap<>(arguments);
		quoted.replaceAll((name, value) -> (value instanceof String text) ? Quote.cut(text, QUOTED) : value);
		return this.messages.renderHtml(locale, "bot." + key, quoted);
	}

	public String html(Locale locale, String key) {
		return html(locale, key, Map.of());
	}

	/**
	 * A plain label, such as a button's, shown as typed.
	 */
	public String label(Locale locale, String key, Map<String, ?> arguments) {
		return this.messages.render(locale, "bot." + key, arguments);
	}

	public String label(Locale locale, String key) {
		return label(locale, key, Map.of());
	}

	/**
	 * The answer to a press of a button that no longer works (its choice expired, or it
	 * is not the caller's).
	 */
	public Reply.Answer expired(Caller caller) {
		return new Reply.Answer(label(caller.locale(), "button_expired"));
	}

	/**
	 * A reply to the caller; a text may name their messenger as {@code {messenger}}.
	 */
	public Reply.Send say(Caller caller, String key, Map<String, ?> arguments) {
		return new Reply.Send(html(caller, key, arguments), List.of());
	}

	/**
	 * A text for the caller in their language, which may name their messenger as
	 * {@code {messenger}}.
	 */
	public String html(Caller caller, String key, Map<String, ?> arguments) {
		Map<String, Object> withMessenger = new HashMap<>(arguments);
		withMessenger.putIfAbsent("messenger", caller.messenger().displayName());
		return html(caller.locale(), key, withMessenger);
	}

	public Reply.Send say(Caller caller, String key) {
		return say(caller, key, Map.of());
	}

	/**
	 * A reply with buttons.
	 */
	public Reply.Send ask(Caller caller, String key, Map<String, ?> arguments, List<List<Reply.Button>> buttons) {
		return new Reply.Send(html(caller, key, arguments), buttons);
	}

}
