package org.classbell.notifier.telegram;

import java.net.URI;

import org.classbell.notifier.ChannelStatus;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Settings of the Telegram bot ({@code classbell.telegram.*}, from
 * {@code CLASSBELL_TELEGRAM_*}). Without a token the bot and the Telegram channel are
 * off.
 *
 * @param token the bot token from BotFather ({@code CLASSBELL_TELEGRAM_TOKEN})
 * @param apiUrl the Bot API base URL ({@code CLASSBELL_TELEGRAM_API_URL})
 * @param mode how updates arrive: long polling or a webhook
 * ({@code CLASSBELL_TELEGRAM_MODE})
 * @param webhookSecret the secret Telegram sends with webhook updates
 * ({@code CLASSBELL_TELEGRAM_WEBHOOK_SECRET})
 * @param username the bot's username, for deep links; asked of the Bot API when not set
 */
@ConfigurationProperties("classbell.telegram")
public record TelegramProperties(String token, @DefaultValue("https://api.telegram.org") URI apiUrl,
		@DefaultValue("polling") Mode mode, String webhookSecret, String username) {

	public TelegramProperties {
		if (apiUrl.getScheme() == null || apiUrl.getHost() == null) {
			throw new IllegalArgumentException("classbell.telegram.api-url must be an absolute URL, not " + apiUrl);
		}
	}

	public boolean enabled() {
		return StringUtils.hasText(this.token);
	}

	public ChannelStatus status() {
		if (!enabled()) {
			return ChannelStatus.off("Telegram",
					"set CLASSBELL_TELEGRAM_TOKEN to the token from @BotFather to run the bot");
		}
		return ChannelStatus.on("Telegram", this.mode.name().toLowerCase(java.util.Locale.ROOT) + ", " + this.apiUrl);
	}

	@Override
	public String toString() {
		return "TelegramProperties[token=" + (enabled() ? "***" : "") + ", apiUrl=" + this.apiUrl + ", mode="
				+ this.mode + ", username=" + this.username + "]";
	}

	/**
	 * How the bot receives updates.
	 */
	public enum Mode {

		/** The bot asks the Bot API for updates (long polling). */
		POLLING,
		/** The Bot API posts updates to {@code /webhooks/telegram}. */
		WEBHOOK

	}

}
