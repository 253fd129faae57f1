package org.classbell.notifier.max;

import java.net.URI;
import java.util.Locale;

import org.classbell.notifier.ChannelStatus;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Settings of the MAX bot ({@code classbell.max.*}, from {@code CLASSBELL_MAX_*}).
 * Without a token the bot and the MAX channel are off.
 *
 * @param token the bot's token from MAX for business ({@code CLASSBELL_MAX_TOKEN})
 * @param apiUrl the Bot API base URL ({@code CLASSBELL_MAX_API_URL})
 * @param mode how updates arrive: long polling or a webhook ({@code CLASSBELL_MAX_MODE})
 * @param webhookSecret the secret MAX sends with webhook updates in
 * {@code X-Max-Bot-Api-Secret} ({@code CLASSBELL_MAX_WEBHOOK_SECRET})
 * @param username the bot's username, for deep links; asked of the Bot API when not set
 */
@ConfigurationProperties("classbell.max")
public record MaxProperties(String token, @DefaultValue("https://platform-api2.max.ru") URI apiUrl,
		@DefaultValue("polling") Mode mode, String webhookSecret, String username) {

	public MaxProperties {
		if (apiUrl.getScheme() == null || apiUrl.getHost() == null) {
			throw new IllegalArgumentException("classbell.max.api-url must be an absolute URL, not " + apiUrl);
		}
	}

	public boolean enabled() {
		return StringUtils.hasText(this.token);
	}

	public ChannelStatus status() {
		if (!enabled()) {
			return ChannelStatus.off("MAX", "set CLASSBELL_MAX_TOKEN to the bot's token from MAX for business "
					+ "(business.max.ru) to run the bot in MAX");
		}
		return ChannelStatus.on("MAX", this.mode.name().toLowerCase(Locale.ROOT) + ", " + this.apiUrl);
	}

	@Override
	public String toString() {
		return "MaxProperties[token=" + (enabled() ? "***" : "") + ", apiUrl=" + this.apiUrl + ", mode=" + this.mode
				+ ", username=" + this.username + "]";
	}

	/**
	 * How the bot receives updates.
	 */
	public enum Mode {

		/** The bot asks the Bot API for updates ({@code GET /updates}, long polling). */
		POLLING,
		/** MAX posts updates to the bot's webhook, after {@code POST /subscriptions}. */
		WEBHOOK

	}

}
