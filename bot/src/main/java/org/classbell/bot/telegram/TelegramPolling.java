package org.classbell.bot.telegram;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

import org.classbell.bot.update.UpdateHandler;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Polls the Bot API for updates in polling mode, on one node only when several share a
 * database: the node holding a PostgreSQL advisory lock polls, and when it dies its
 * connection (and lock) goes with it and another node takes over within {@link #RETRY}.
 */
@Component
@ConditionalOnTelegram
public class TelegramPolling implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);

	static final Duration RETRY = Duration.ofSeconds(5);

	/**
	 * How long one getUpdates waits for updates: also how long stopping may wait for it
	 * to end.
	 */
	static final Duration POLL_TIMEOUT = Duration.ofSeconds(10);

	private final TelegramProperties properties;

	private final DataSource dataSource;

	private final UpdateHandler updates;

	private final Object signal = new Object();

	private volatile boolean running;

	private volatile boolean polling;

	private Thread leader;

	public TelegramPolling(TelegramProperties properties, DataSource dataSource, UpdateHandler updates) {
		this.properties = properties;
		this.dataSource = dataSource;
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
			try (Connection connection = this.dataSource.getConnection()) {
				connection.setAutoCommit(true);
				if (tryLock(connection)) {
					try {
						poll(connection);
					}
					finally {
						unlock(connection);
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				log.warn("Telegram polling stopped: {}; trying again in {} s", ex.getMessage(), RETRY.toSeconds());
			}
			pause(RETRY);
		}
	}

	private void poll(Connection lock) throws SQLException {
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
			while (this.running && lock.isValid(5)) {
				pause(RETRY);
			}
			// let the poll under way end rather than interrupt it mid-request
			poller.shutdown();
			poller.awaitTermination(POLL_TIMEOUT.toSeconds() + 2, TimeUnit.SECONDS);
		}
		catch (SQLException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not poll the Bot API: " + ex.getMessage(), ex);
		}
		finally {
			this.polling = false;
		}
	}

	private boolean tryLock(Connection connection) throws SQLException {
		return lockCall(connection, "pg_try_advisory_lock");
	}

	/**
	 * Gives the lock back: the connection goes back to the pool, where its session (and a
	 * lock held in it) lives on.
	 */
	private void unlock(Connection connection) {
		try {
			if (!connection.isClosed() && connection.isValid(5)) {
				lockCall(connection, "pg_advisory_unlock");
			}
		}
		catch (SQLException ex) {
			log.warn("Could not release the Telegram polling lock: {}", ex.getMessage());
		}
	}

	private boolean lockCall(Connection connection, String function) throws SQLException {
		try (PreparedStatement lock = connection
			.prepareStatement("select " + function + "(hashtext('classbell.telegram'), hashtext(?))")) {
			lock.setString(1, this.properties.token().split(":")[0]);
			try (ResultSet result = lock.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
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
