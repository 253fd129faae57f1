package org.classbell.bot.telegram;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import org.classbell.bot.command.StartLinks;
import org.classbell.notifier.telegram.TelegramConfiguration;
import org.classbell.notifier.telegram.TelegramProperties;
import org.classbell.store.Messenger;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The bot's username, for deep links ({@code t.me/<bot>?start=<code>}): as configured, or
 * as the Bot API answers {@code getMe}. Unknown while Telegram is off or the Bot API
 * cannot be reached.
 */
@Component
public class BotIdentity implements StartLinks {

	private static final Logger log = LoggerFactory.getLogger(BotIdentity.class);

	private final TelegramProperties properties;

	private static final long RETRY_NANOS = TimeUnit.MINUTES.toNanos(1);

	private final AtomicReference<String> username = new AtomicReference<>();

	private volatile long nextAttempt = System.nanoTime();

	BotIdentity(TelegramProperties properties) {
		this.properties = properties;
		if (StringUtils.hasText(properties.username())) {
			this.username.set(properties.username().replaceFirst("^@", ""));
		}
	}

	/**
	 * The username, asking the Bot API at most once a minute while it does not answer.
	 */
	public Optional<String> username() {
		if (this.username.get() == null && this.properties.enabled() && System.nanoTime() - this.nextAttempt >= 0) {
			try {
				var me = client().execute(new GetMe());
				this.username.compareAndSet(null, me.getUserName());
			}
			catch (TelegramApiException ex) {
				this.nextAttempt = System.nanoTime() + RETRY_NANOS;
				log.warn("Could not ask the Bot API at {} who the bot is (asking again in a minute): {}",
						this.properties.apiUrl(), ex.getMessage());
			}
		}
		return Optional.ofNullable(this.username.get());
	}

	/**
	 * The link that opens the bot and sends {@code /start <code>}, when the bot's
	 * username is known.
	 */
	@Override
	public Messenger messenger() {
		return Messenger.TELEGRAM;
	}

	@Override
	public Optional<String> startLink(String code) {
		return username().map((name) -> "https://t.me/" + name + "?start=" + code);
	}

	private OkHttpTelegramClient client() {
		return new OkHttpTelegramClient(this.properties.token(), TelegramConfiguration.telegramUrl(this.properties));
	}

}
