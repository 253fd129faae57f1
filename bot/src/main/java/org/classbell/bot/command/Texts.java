package org.classbell.bot.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.classbell.bot.conversation.Reply;
import org.classbell.templates.MessageCatalog;

import org.springframework.stereotype.Component;

/**
 * The bot's words, from the message catalogue in the caller's language, in the
 * catalogue's HTML markup (bold, italics, links) that the messenger's adapter shows.
 */
@Component
public class Texts {

	private final MessageCatalog messages;

	Texts(MessageCatalog messages) {
		this.messages = messages;
	}

	public String html(Locale locale, String key, Map<String, ?> arguments) {
		return this.messages.renderHtml(locale, "bot." + key, arguments);
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
	 * A reply to the caller.
	 */
	public Reply.Send say(Caller caller, String key, Map<String, ?> arguments) {
		return new Reply.Send(html(caller.locale(), key, arguments), List.of());
	}

	public Reply.Send say(Caller caller, String key) {
		return say(caller, key, Map.of());
	}

	/**
	 * A reply with buttons.
	 */
	public Reply.Send ask(Caller caller, String key, Map<String, ?> arguments, List<List<Reply.Button>> buttons) {
		return new Reply.Send(html(caller.locale(), key, arguments), buttons);
	}

}
