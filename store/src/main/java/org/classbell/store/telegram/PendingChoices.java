package org.classbell.store.telegram;

import java.time.Instant;
import java.util.Optional;

import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the bot asked a person to choose with buttons, kept until they choose or it
 * expires: the buttons carry only the row's id.
 */
@Repository
public class PendingChoices {

	private final JdbcClient jdbc;

	PendingChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps a new choice for a person, forgetting their choices that expired.
	 */
	public long save(long telegramUserId, String kind, String payloadJson, Instant at, Instant expiresAt) {
		this.jdbc.sql("delete from bot_pending where telegram_user_id = ? and expires_at <= ?")
			.params(telegramUserId, Timestamps.of(at))
			.update();
		return this.jdbc.sql("""
				insert into bot_pending (telegram_user_id, kind, payload, created_at, expires_at)
				values (?, ?, ?::jsonb, ?, ?) returning id
				""")
			.params(telegramUserId, kind, payloadJson, Timestamps.of(at), Timestamps.of(expiresAt))
			.query(Long.class)
			.single();
	}

	/**
	 * The pending choice of this person, locked until the transaction ends, if it has not
	 * expired.
	 */
	public Optional<Pending> take(long id, long telegramUserId, Instant now) {
		return this.jdbc.sql("""
				select id, kind, payload::text as payload from bot_pending
				where id = ? and telegram_user_id = ? and expires_at > ? for update
				""").params(id, telegramUserId, Timestamps.of(now)).query(Pending.class).optional();
	}

	public void update(long id, String payloadJson) {
		this.jdbc.sql("update bot_pending set payload = ?::jsonb where id = ?").params(payloadJson, id).update();
	}

	public void delete(long id) {
		this.jdbc.sql("delete from bot_pending where id = ?").param(id).update();
	}

	/**
	 * A choice waiting for a person.
	 */
	public record Pending(long id, String kind, String payload) {

	}

}
