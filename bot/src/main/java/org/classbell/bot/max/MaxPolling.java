package org.classbell.bot.max;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.notifier.max.ConditionalOnMax;
import org.classbell.notifier.max.MaxApi;
import org.classbell.notifier.max.MaxApiException;
import org.classbell.notifier.max.MaxProperties;
import org.classbell.store.cluster.Leadership;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Polls the MAX Bot API for updates in polling mode, on one node only when several share
 * a database: the node that leads the polling polls, and when it dies its lead goes with
 * it and another node takes over within {@link #RETRY}. Each poll passes the marker of
 * the one before, which tells MAX that its updates were handled; a node that takes over
 * starts without one, and MAX gives it the updates not confirmed yet, which those handled
 * already skip.
 */
@Component
@ConditionalOnMax
public class MaxPolling implements SmartLifecycle {

	private static final String LEAD = "classbell.max";

	private static final Logger log = LoggerFactory.getLogger(MaxPolling.class);

	static final Duration RETRY = Duration.ofSeconds(5);

	/**
	 * How long one poll waits for updates: also how long stopping may wait for it to end.
	 */
	static final Duration POLL_TIMEOUT = Duration.ofSeconds(10);

	private final MaxProperties properties;

	private final Leadership leadership;

	private final MaxApi api;

	private final MaxUpdates updates;

	private final Object signal = new Object();

	private volatile boolean running;

	private volatile boolean polling;

	private Thread leader;

	MaxPolling(MaxProperties properties, Leadership leadership, MaxApi api, MaxUpdates updates) {
		this.properties = properties;
		this.leadership = leadership;
		this.api = api;
		this.updates = updates;
	}

	@Override
	public void start() {
		if (this.properties.mode() != MaxProperties.Mode.POLLING) {
			return;
		}
		this.running = true;
		this.leader = new Thread(this::lead, "max-polling");
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
				this.leader.join(POLL_TIMEOUT.plusSeconds(20).toMillis());
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
			try (Leadership.Lead lead = this.leadership.tryLead(LEAD, bot()).orElse(null)) {
				if (lead != null) {
					poll(lead);
				}
			}
			catch (RuntimeException ex) {
				log.warn("MAX polling stopped: {}; trying again in {} s", ex.getMessage(), RETRY.toSeconds());
			}
			pause(RETRY);
		}
	}

	private void poll(Leadership.Lead lead) {
		this.polling = true;
		log.info("This node polls the MAX Bot API at {} for updates", this.properties.apiUrl());
		Long marker = null;
		try {
			while (this.running && lead.holds()) {
				try {
					MaxApi.Updates answer = this.api.updates(marker, 100, POLL_TIMEOUT, MaxUpdates.TYPES);
					if (!answer.updates().isEmpty()) {
						this.updates.handle(answer.updates());
					}
					if (answer.marker() != null) {
						marker = answer.marker();
					}
				}
				catch (MaxApiException ex) {
					log.warn("Could not poll the MAX Bot API: {}; trying again in {} s", ex.getMessage(),
							RETRY.toSeconds());
					pause((ex.retryAfter() != null) ? ex.retryAfter() : RETRY);
				}
			}
		}
		finally {
			this.polling = false;
		}
	}

	/**
	 * What names the bot in the lead, so that two bots may share a database: a hash of
	 * its token, which is never stored as it is.
	 */
	private String bot() {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(this.properties.token().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
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
