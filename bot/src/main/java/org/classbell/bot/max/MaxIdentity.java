package org.classbell.bot.max;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.bot.command.StartLinks;
import org.classbell.notifier.max.MaxApi;
import org.classbell.notifier.max.MaxApiException;
import org.classbell.notifier.max.MaxProperties;
import org.classbell.store.Messenger;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The MAX bot's username, for deep links ({@code https://max.ru/<bot>?start=<code>}): as
 * configured ({@code CLASSBELL_MAX_USERNAME}), or as the MAX Bot API answers
 * {@code GET /me}. Unknown while MAX is off or its API cannot be reached.
 */
@Component
public class MaxIdentity implements StartLinks {

	private static final Logger log = LoggerFactory.getLogger(MaxIdentity.class);

	private static final long RETRY_NANOS = TimeUnit.MINUTES.toNanos(1);

	private final MaxProperties properties;

	private final ObjectProvider<MaxApi> api;

	private final AtomicReference<String> username = new AtomicReference<>();

	private volatile long nextAttempt = System.nanoTime();

	MaxIdentity(MaxProperties properties, ObjectProvider<MaxApi> api) {
		this.properties = properties;
		this.api = api;
		if (StringUtils.hasText(properties.username())) {
			this.username.set(properties.username().replaceFirst("^@", ""));
		}
	}

	/**
	 * The username, asking the MAX Bot API at most once a minute while it does not
	 * answer.
	 */
	public Optional<String> username() {
		MaxApi client = this.api.getIfAvailable();
		if (this.username.get() == null && client != null && System.nanoTime() - this.nextAttempt >= 0) {
			try {
				this.username.compareAndSet(null, client.me().username());
			}
			catch (MaxApiException ex) {
				this.nextAttempt = System.nanoTime() + RETRY_NANOS;
				log.warn("Could not ask the MAX Bot API at {} who the bot is (asking again in a minute): {}",
						this.properties.apiUrl(), ex.getMessage());
			}
		}
		return (this.properties.enabled()) ? Optional.ofNullable(this.username.get()) : Optional.empty();
	}

	@Override
	public Messenger messenger() {
		return Messenger.MAX;
	}

	@Override
	public Optional<String> startLink(String code) {
		return username().map((name) -> "https://max.ru/" + name + "?start=" + code);
	}

}
