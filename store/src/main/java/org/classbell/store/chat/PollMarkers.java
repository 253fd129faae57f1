package org.classbell.store.chat;

import java.time.Instant;
import java.util.Optional;

import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where a bot's long polling stands, by the marker its messenger gave for the updates
 * handled so far, so that the node that takes the polling over goes on from there.
 */
@Repository
public class PollMarkers {

	private final JdbcClient jdbc;

	PollMarkers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The marker the bot's polling confirmed last, if it ever polled.
	 * @param bot what names the bot, never its token
	 */
	public Optional<Long> find(String bot) {
		return this.jdbc.sql("select marker from chat_poll where bot = ?").param(bot).query(Long.class).optional();
	}

	/**
	 * Keeps the marker after the updates before it were handled.
	 */
	public void save(String bot, long marker, Instant at) {
		this.jdbc.sql("""
				insert into chat_poll (bot, marker, updated_at) values (?, ?, ?)
				on conflict (bot) do update set marker = excluded.marker, updated_at = excluded.updated_at
				""").params(bot, marker, Timestamps.of(at)).update();
	}

}
