package org.classbell.store.chat;

import java.time.Instant;

import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Telegram updates already handled, so that one Telegram delivers again changes
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
	public boolean claim(long updateId, Instant at) {
		return this.jdbc.sql("insert into telegram_update (update_id, handled_at) values (?, ?) on conflict do nothing")
			.params(updateId, Timestamps.of(at))
			.update() == 1;
	}

}
