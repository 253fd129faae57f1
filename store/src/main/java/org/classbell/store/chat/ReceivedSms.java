package org.classbell.store.chat;

import java.time.Instant;
import java.util.Optional;

import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * SMS from parents already acted on, by the provider's message id: a provider that posts
 * a message again (Twilio does when it thinks the first post failed) gets the first reply
 * again, and nothing is done twice. The nightly retention sweep forgets them after a
 * week.
 */
@Repository
public class ReceivedSms {

	private final JdbcClient jdbc;

	ReceivedSms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims a message for the current transaction. A second claim of the same message
	 * waits until the first commits or rolls back.
	 * @return empty when the message is new; otherwise what was replied to it the first
	 * time (an empty reply when nothing was)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Optional<String>> claim(String messageId, Instant at) {
		int claimed = this.jdbc
			.sql("insert into inbound_sms (message_sid, received_at) values (?, ?) on conflict do nothing")
			.params(messageId, Timestamps.of(at))
			.update();
		if (claimed == 1) {
			return Optional.empty();
		}
		String reply = this.jdbc.sql("select coalesce(reply, '') from inbound_sms where message_sid = ?")
			.param(messageId)
			.query(String.class)
			.single();
		return Optional.of(Optional.of(reply).filter((text) -> !text.isEmpty()));
	}

	/**
	 * Records the reply to a claimed message, to give again if it comes again.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void replied(String messageId, String reply) {
		this.jdbc.sql("update inbound_sms set reply = ? where message_sid = ?").params(reply, messageId).update();
	}

}
