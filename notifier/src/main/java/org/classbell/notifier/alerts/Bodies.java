package org.classbell.notifier.alerts;

import java.util.Locale;
import java.util.Map;

import org.classbell.notifier.outbox.Channel;
import org.classbell.templates.MessageCatalog;

import org.springframework.stereotype.Component;

/**
 * The text of a message for the channel it goes by: the catalogue's
 * {@code <key>.telegram} form in HTML (arguments escaped), or its {@code <key>.sms} form
 * as plain text.
 */
@Component
class Bodies {

	private final MessageCatalog messages;

	Bodies(MessageCatalog messages) {
		this.messages = messages;
	}

	String render(String key, Channel channel, Locale locale, Map<String, ?> arguments) {
		String channelKey = key + "." + channel.code();
		return (channel == Channel.TELEGRAM) ? this.messages.renderHtml(locale, channelKey, arguments)
				: this.messages.render(locale, channelKey, arguments);
	}

}
