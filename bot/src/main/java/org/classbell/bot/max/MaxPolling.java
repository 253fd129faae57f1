package org.classbell.bot.max;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.bot.update.LeadPolling;
import org.classbell.notifier.max.ConditionalOnMax;
import org.classbell.notifier.max.MaxApi;
import org.classbell.notifier.max.MaxApiException;
import org.classbell.notifier.max.MaxProperties;
import org.classbell.store.chat.PollMarkers;
import org.classbell.store.cluster.Leadership;

import org.springframework.stereotype.Component;

/**
 * Polls the MAX Bot API for updates in polling mode, on one node only when several share
 * a database ({@link LeadPolling}). Each poll passes the marker of the one before, which
 * tells MAX that its updates were handled, and the marker is kept in the database once
 * they were: a node that takes over goes on from it (MAX answers a poll without a marker
 * with the last update only). Should a node die between handling updates and keeping the
 * marker, MAX gives them again and those handled already are skipped.
 */
@Component
@ConditionalOnMax
public class MaxPolling extends LeadPolling {

	private static final Logger log = LoggerFactory.getLogger(MaxPolling.class);

	/**
	 * How long one poll waits for updates: also how long stopping may wait for it to end.
	 */
	static final Duration POLL_TIMEOUT = Duration.ofSeconds(10);

	private final MaxProperties properties;

	private final MaxApi api;

	private final MaxUpdates updates;

	private final PollMarkers markers;

	private final Clock clock;

	private final String bot;

	MaxPolling(MaxProperties properties, Leadership leadership, MaxApi api, MaxUpdates updates, PollMarkers markers,
			Clock clock) {
		super(leadership, "classbell.max", "max-polling");
		this.properties = properties;
		this.api = api;
		this.updates = updates;
		this.markers = markers;
		this.clock = clock;
		this.bot = bot(properties.token());
	}

	@Override
	protected boolean pollingMode() {
		return this.properties.mode() == MaxProperties.Mode.POLLING;
	}

	@Override
	protected String bot() {
		return this.bot;
	}

	/**
	 * A hash of the bot's token, which is never stored as it is.
	 */
	private static String bot(String token) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	protected void poll(Leadership.Lead lead) {
		log.info("This node polls the MAX Bot API at {} for updates", this.properties.apiUrl());
		Long marker = this.markers.find(this.bot).orElse(null);
		while (leads(lead)) {
			try {
				MaxApi.Updates answer = this.api.updates(marker, 100, POLL_TIMEOUT, MaxUpdates.TYPES);
				if (!answer.updates().isEmpty()) {
					this.updates.handle(answer.updates());
				}
				if (answer.marker() != null && !answer.marker().equals(marker)) {
					marker = answer.marker();
					this.markers.save(this.bot, marker, this.clock.instant());
				}
			}
			catch (MaxApiException ex) {
				log.warn("Could not poll the MAX Bot API: {}; trying again in {} s", ex.getMessage(),
						RETRY.toSeconds());
				pause((ex.retryAfter() != null) ? ex.retryAfter() : RETRY);
			}
		}
	}

}
