package org.classbell.notifier.outbox;

import java.util.Locale;
import java.util.Map;

import org.classbell.notifier.sms.SmsForms.Budget;
import org.classbell.notifier.sms.SmsForms;
import org.classbell.templates.MessageCatalog;

import org.springframework.stereotype.Component;

/**
 * The text of a message for the channel it goes by: the catalogue's
 * {@code <key>.telegram} form in HTML (arguments escaped) for either messenger, Telegram
 * or MAX, whose HTML is the same, or its {@code <key>.sms} form as plain text within the
 * SMS budget of its kind at the recipient's school. Both in the school's own texts, and
 * headed with its name for a parent in two schools ({@link Letterhead}).
 */
@Component
public class Bodies {

	private final MessageCatalog messages;

	private final SmsForms forms;

	Bodies(MessageCatalog messages, SmsForms forms) {
		this.messages = messages;
		this.forms = forms;
	}

	/**
	 * The text for the recipient's channel and, for a messenger, the SMS form to fall
	 * back on where the guardian has a phone.
	 */
	public Rendered render(String key, Budget budget, Recipient recipient, Map<String, ?> arguments) {
		String body = render(key, budget, recipient.channel(), recipient, arguments);
		String sms = (recipient.byMessenger() && recipient.smsFallback())
				? render(key, budget, Channel.SMS, recipient, arguments) : null;
		return new Rendered(body, sms);
	}

	/**
	 * Like {@link #render(String, Budget, Recipient, Map)}, but an SMS form ends with the
	 * catalogue's {@code smsTail} text (such as how to answer by SMS) where it fits the
	 * budget.
	 */
	public Rendered render(String key, Budget budget, Recipient recipient, Map<String, ?> arguments, String smsTail) {
		String body = recipient.byMessenger() ? render(key, budget, recipient.channel(), recipient, arguments)
				: sms(key, budget, recipient, arguments, smsTail);
		String sms = (recipient.byMessenger() && recipient.smsFallback())
				? sms(key, budget, recipient, arguments, smsTail) : null;
		return new Rendered(body, sms);
	}

	private String sms(String key, Budget budget, Recipient recipient, Map<String, ?> arguments, String smsTail) {
		Locale locale = recipient.locale();
		Letterhead head = recipient.letterhead();
		MessageCatalog messages = head.catalog(this.messages);
		return this.forms.sms(
				head.sms(messages, locale, messages.render(locale, key + "." + Channel.SMS.code(), arguments)),
				messages.render(locale, smsTail),
				this.forms.form(budget, recipient.transliterate(), recipient.smsSegments()));
	}

	public String render(String key, Budget budget, Channel channel, Recipient recipient, Map<String, ?> arguments) {
		Locale locale = recipient.locale();
		Letterhead head = recipient.letterhead();
		MessageCatalog messages = head.catalog(this.messages);
		String channelKey = key + "." + (channel.isMessenger() ? Channel.TELEGRAM : channel).code();
		return channel.isMessenger() ? head.chat(messages, locale, messages.renderHtml(locale, channelKey, arguments))
				: this.forms.sms(head.sms(messages, locale, messages.render(locale, channelKey, arguments)),
						this.forms.form(budget, recipient.transliterate(), recipient.smsSegments()));
	}

	/**
	 * A message's text for its channel, and its SMS form to fall back on, if any.
	 */
	public record Rendered(String body, String smsBody) {

	}

}
