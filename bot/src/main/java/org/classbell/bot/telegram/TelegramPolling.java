package org.classbell.bot.telegram;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

import org.classbell.bot.update.LeadPolling;
import org.classbell.notifier.telegram.ConditionalOnTelegram;
import org.classbell.notifier.telegram.TelegramConfiguration;
import org.classbell.notifier.telegram.TelegramProperties;
import org.classbell.store.cluster.Leadership;

import org.springframework.stereotype.Component;

/**
 * Polls the Bot API for updates in polling mode, on one node only when several share a
 * database ({@link LeadPolling}).
 */
@Component
@ConditionalOnTelegram
public class TelegramPolling extends LeadPolling {

	private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);

	/**
	 * How long one getUpdates waits for updates: also how long stopping may wait for it
	 * to end.
	 */
	static final Duration POLL_TIMEOUT = Duration.ofSeconds(10);

	private final TelegramProperties properties;

	private final TelegramUpdates updates;

	public TelegramPolling(TelegramProperties properties, Leadership leadership, TelegramUpdates updates) {
		super(leadership, "classbell.telegram", "telegram-polling");
		this.properties = properties;
		this.updates = updates;
	}

	@Override
	protected boolean pollingMode() {
		return this.properties.mode() == TelegramProperties.Mode.POLLING;
	}

	/**
	 * The bot's id, the token's part before the colon.
	 */
	@Override
	protected String bot() {
		return this.properties.token().split(":")[0];
	}

	@Override
	protected void poll(Leadership.Lead lead) throws Exception {
		ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "telegram-updates");
			thread.setDaemon(true);
			return thread;
		});
		try (TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication(ObjectMapper::new,
				new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(), () -> poller)) {
			application.registerBot(this.properties.token(), () -> TelegramConfiguration.telegramUrl(this.properties),
					(offset) -> GetUpdates.builder()
						.offset(offset + 1)
						.limit(100)
						.timeout((int) POLL_TIMEOUT.toSeconds())
						.build(),
					this.updates::handle);
			log.info("This node polls the Bot API at {} for updates", this.properties.apiUrl());
			while (leads(lead)) {
				pause(RETRY);
			}
			// let the poll under way end rather than interrupt it mid-request
			poller.shutdown();
			poller.awaitTermination(POLL_TIMEOUT.toSeconds() + 2, TimeUnit.SECONDS);
		}
	}

}
