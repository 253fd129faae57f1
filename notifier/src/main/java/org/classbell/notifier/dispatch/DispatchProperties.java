package org.classbell.notifier.dispatch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the dispatcher ({@code classbell.notifier.dispatch.*}, from
 * {@code CLASSBELL_NOTIFIER_DISPATCH_*}). Rates are per node and per second; zero lifts a
 * limit.
 *
 * @param enabled whether this node sends notifications at all
 * @param pollInterval how often an idle dispatcher looks for due notifications
 * @param batchSize how many notifications one claim takes
 * @param lease how long a claim holds its notifications; after it, another node takes
 * over what this one did not finish
 * @param maxAttempts attempts before a notification that keeps failing is given up
 * @param firstRetry the wait before the second attempt; doubled for each one after
 * @param maxRetry the longest wait between attempts
 * @param threads senders per channel
 * @param telegramPerSecond messages a second to the Bot API in all (Telegram allows about
 * 30)
 * @param telegramChatPerSecond messages a second to one chat (Telegram allows about 1)
 * @param smsPerSecond SMS segments a second through each Twilio sender, the deployment's
 * and each school's own (a long code takes 1 in the US, about 10 elsewhere; messaging
 * services and short codes more)
 * @param maxPerSecond messages a second to the MAX Bot API in all (MAX allows 30 requests
 * a second)
 * @param maxChatPerSecond messages a second to one MAX chat
 */
@ConfigurationProperties("classbell.notifier.dispatch")
public record DispatchProperties(@DefaultValue("true") boolean enabled, @DefaultValue("500ms") Duration pollInterval,
		@DefaultValue("200") int batchSize, @DefaultValue("5m") Duration lease, @DefaultValue("8") int maxAttempts,
		@DefaultValue("10s") Duration firstRetry, @DefaultValue("1h") Duration maxRetry, @DefaultValue("4") int threads,
		@DefaultValue("30") double telegramPerSecond, @DefaultValue("1") double telegramChatPerSecond,
		@DefaultValue("10") double smsPerSecond, @DefaultValue("30") double maxPerSecond,
		@DefaultValue("1") double maxChatPerSecond) {

	public DispatchProperties {
		require(!pollInterval.isNegative() && !pollInterval.isZero(), "poll-interval must be positive");
		require(batchSize > 0, "batch-size must be positive");
		require(lease.compareTo(Duration.ofSeconds(1)) >= 0, "lease must be at least 1s");
		require(maxAttempts > 0, "max-attempts must be positive");
		require(!firstRetry.isNegative() && !firstRetry.isZero(), "first-retry must be positive");
		require(maxRetry.compareTo(firstRetry) >= 0, "max-retry must not be shorter than first-retry");
		require(threads > 0, "threads must be positive");
		require(telegramPerSecond >= 0 && telegramChatPerSecond >= 0 && smsPerSecond >= 0 && maxPerSecond >= 0
				&& maxChatPerSecond >= 0, "rates must not be negative");
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException("classbell.notifier.dispatch." + message);
		}
	}

}
