package org.classbell.notifier.max;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.notifier.dispatch.Carrier;
import org.classbell.notifier.dispatch.Outcome;
import org.classbell.notifier.dispatch.Outgoing;
import org.classbell.notifier.outbox.Channel;
import org.classbell.templates.ChatText;

import org.springframework.stereotype.Component;

/**
 * Hands notifications to the MAX Bot API, in MAX's HTML (the same markup as Telegram's).
 * A 403 (the person blocked the bot) or a 404 whose code names the chat, dialog or user
 * makes the chat unreachable, as Telegram's 403 does; a 429 waits as long as MAX asks (a
 * second if it does not say); 5xx and network faults are retried.
 */
@Component
@ConditionalOnMax
class MaxCarrier implements Carrier {

	private static final Logger log = LoggerFactory.getLogger(MaxCarrier.class);

	private final MaxApi api;

	MaxCarrier(MaxApi api) {
		this.api = api;
	}

	@Override
	public Channel channel() {
		return Channel.MAX;
	}

	@Override
	public Outcome send(Outgoing message) {
		String body = ChatText.shorten(message.body(), ChatText.MAX_LIMIT);
		if (body.length() < message.body().length()) {
			log.warn("Notification {} has {} characters, more than a MAX message takes; sent shortened", message.id(),
					ChatText.length(message.body()));
		}
		try {
			String id = this.api.send(Long.parseLong(message.address()), new MaxApi.NewMessage(body, message.buttons()
				.stream()
				.map((row) -> row.stream().map((button) -> new MaxApi.Button(button.label(), button.data())).toList())
				.toList(), null));
			return new Outcome.Sent(id, null);
		}
		catch (MaxApiException ex) {
			return outcome(ex);
		}
	}

	static Outcome outcome(MaxApiException ex) {
		int status = ex.status();
		String error = (status != 0) ? "MAX " + status + ": " + ex.detail() : "MAX unreachable: " + ex.getMessage();
		if (status == 429) {
			return new Outcome.Retry(error, (ex.retryAfter() != null) ? ex.retryAfter() : Duration.ofSeconds(1));
		}
		if (status == 403 || (status == 404 && chatGone(ex.code()))) {
			return new Outcome.Failed(error, Outcome.Consequence.CHAT_UNREACHABLE);
		}
		if (status >= 500 || status == 0) {
			return new Outcome.Retry(error, null);
		}
		return new Outcome.Failed(error, Outcome.Consequence.NONE);
	}

	/**
	 * Whether a 404 says the dialog is gone, rather than that the address asked is wrong
	 * (a wrong {@code CLASSBELL_MAX_API_URL} must not unlink everyone).
	 */
	private static boolean chatGone(String code) {
		return code != null && (code.contains("chat") || code.contains("dialog") || code.contains("user"));
	}

}
