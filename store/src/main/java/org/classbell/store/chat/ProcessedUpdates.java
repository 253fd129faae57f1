package org.classbell.store.chat;

import java.time.Instant;

import org.classbell.store.Messenger;
import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messenger updates already handled, so that one a messenger delivers again changes
 * nothing. The retention sweep forgets them after a week.
 */
@Repository
public class ProcessedUpdates {

	private final JdbcClient jdbc;

	ProcessedUpdates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims an update for the current transaction: {@code false} when it was handled
	 * before. The claim commits or rolls back with what handling it changed.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean claim(Messenger messenger, long updateId, Instant at) {
		return this.jdbc
			.sql("insert into chat_update (messenger, update_id, handled_at) values (?, ?, ?) on conflict do nothing")
			.params(messenger.code(), updateId, Timestamps.of(at))
			.update() == 1;
	}

}
