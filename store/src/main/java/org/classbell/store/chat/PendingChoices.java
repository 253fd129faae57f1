package org.classbell.store.chat;

import java.time.Instant;
import java.util.Optional;

import org.classbell.store.ChatUser;
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
	public ChoiceId save(ChatUser user, String kind, String payloadJson, Instant at, Instant expiresAt) {
		this.jdbc.sql("delete from bot_pending where messenger = ? and user_id = ? and expires_at <= ?")
			.params(user.messenger().code(), user.id(), Timestamps.of(at))
			.update();
		return new ChoiceId(this.jdbc.sql("""
				insert into bot_pending (messenger, user_id, kind, payload, created_at, expires_at)
				values (?, ?, ?, ?::jsonb, ?, ?) returning id
				""")
			.params(user.messenger().code(), user.id(), kind, payloadJson, Timestamps.of(at), Timestamps.of(expiresAt))
			.query(Long.class)
			.single());
	}

	/**
	 * The pending choice of this kind of this person, locked until the transaction ends,
	 * if it has not expired.
	 */
	public Optional<Pending> take(ChoiceId id, String kind, ChatUser user, Instant now) {
		return this.jdbc.sql("""
				select id, kind, payload::text as payload from bot_pending
				where id = ? and kind = ? and messenger = ? and user_id = ? and expires_at > ? for update
				""")
			.params(id.value(), kind, user.messenger().code(), user.id(), Timestamps.of(now))
			.query((row, index) -> new Pending(new ChoiceId(row.getLong("id")), row.getString("kind"),
					row.getString("payload")))
			.optional();
	}

	/**
	 * The person's latest pending choice of this kind that has not expired, locked until
	 * the transaction ends: for a state the person's next text answers, such as a reply
	 * they are about to write.
	 */
	public Optional<Pending> latest(ChatUser user, String kind, Instant now) {
		return this.jdbc.sql("""
				select id, kind, payload::text as payload from bot_pending
				where kind = ? and messenger = ? and user_id = ? and expires_at > ?
				order by id desc limit 1 for update
				""")
			.params(kind, user.messenger().code(), user.id(), Timestamps.of(now))
			.query((row, index) -> new Pending(new ChoiceId(row.getLong("id")), row.getString("kind"),
					row.getString("payload")))
			.optional();
	}

	/**
	 * Forgets every choice of this kind the person has open.
	 */
	public void deleteAll(ChatUser user, String kind) {
		this.jdbc.sql("delete from bot_pending where kind = ? and messenger = ? and user_id = ?")
			.params(kind, user.messenger().code(), user.id())
			.update();
	}

	public void update(ChoiceId id, String payloadJson) {
		this.jdbc.sql("update bot_pending set payload = ?::jsonb where id = ?")
			.params(payloadJson, id.value())
			.update();
	}

	public void delete(ChoiceId id) {
		this.jdbc.sql("delete from bot_pending where id = ?").param(id.value()).update();
	}

	/**
	 * A choice waiting for a person.
	 */
	public record Pending(ChoiceId id, String kind, String payload) {

	}

}
