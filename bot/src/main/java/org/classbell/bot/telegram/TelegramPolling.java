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

import org.classbell.notifier.telegram.ConditionalOnTelegram;
import org.classbell.notifier.telegram.TelegramConfiguration;
import org.classbell.notifier.telegram.TelegramProperties;
import org.classbell.store.cluster.Leadership;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Polls the Bot API for updates in polling mode, on one node only when several share a
 * database: the node that leads the polling polls, and when it dies its lead goes with it
 * and another node takes over within {@link #RETRY}.
 */
@Component
@ConditionalOnTelegram
public class TelegramPolling implements SmartLifecycle {

	private static final String LEAD = "classbell.telegram";

	private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);

	static final Duration RETRY = Duration.ofSeconds(5);

	/**
	 * How long one getUpdates waits for updates: also how long stopping may wait for it
	 * to end.
	 */
	static final Duration POLL_TIMEOUT = Duration.ofSeconds(10);

	private final TelegramProperties properties;

	private final Leadership leadership;

	private final TelegramUpdates updates;

	private final Object signal = new Object();

	private volatile boolean running;

	private volatile boolean polling;

	private Thread leader;

	public TelegramPolling(TelegramProperties properties, Leadership leadership, TelegramUpdates updates) {
		this.properties = properties;
		this.leadership = leadership;
		this.updates = updates;
	}

	@Override
	public void start() {
		if (this.properties.mode() != TelegramProperties.Mode.POLLING) {
			return;
		}
		this.running = true;
		this.leader = new Thread(this::lead, "telegram-polling");
		this.leader.setDaemon(true);
		this.leader.start();
	}

	@Override
	public void stop() {
		this.running = false;
		synchronized (this.signal) {
			this.signal.notifyAll();
		}
		if (this.leader != null) {
			try {
				this.leader.join(Duration.ofSeconds(30).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Whether this node is the one polling now.
	 */
	public boolean isPolling() {
		return this.polling;
	}

	private void lead() {
		while (this.running) {
			try (Leadership.Lead lead = this.leadership.tryLead(LEAD, this.properties.token().split(":")[0])
				.orElse(null)) {
				if (lead != null) {
					poll(lead);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Telegram polling stopped: {}; trying again in {} s", ex.getMessage(), RETRY.toSeconds());
			}
			pause(RETRY);
		}
	}

	private void poll(Leadership.Lead lead) {
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
			this.polling = true;
			log.info("This node polls the Bot API at {} for updates", this.properties.apiUrl());
			while (this.running && lead.holds()) {
				pause(RETRY);
			}
			// let the poll under way end rather than interrupt it mid-request
			poller.shutdown();
			poller.awaitTermination(POLL_TIMEOUT.toSeconds() + 2, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not poll the Bot API: " + ex.getMessage(), ex);
		}
		finally {
			this.polling = false;
		}
	}

	private void pause(Duration duration) {
		synchronized (this.signal) {
			if (this.running) {
				try {
					this.signal.wait(duration.toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					this.running = false;
				}
			}
		}
	}

}
