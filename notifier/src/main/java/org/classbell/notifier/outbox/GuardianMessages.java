package org.classbell.notifier.outbox;

import java.util.List;
import java.util.Optional;

import org.classbell.store.GuardianId;
import org.classbell.store.Timestamps;
import org.classbell.store.privacy.GuardianExport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every message the outbox still keeps that was written to a guardian, oldest first, for
 * their export; and what a message sent to them was about, for their replies.
 */
@Repository
public class GuardianMessages {

	private final JdbcClient jdbc;

	GuardianMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<GuardianExport.Notification> of(GuardianId guardian) {
		return this.jdbc.sql("""
				select created_at, kind, channel, status, body, sent_at, delivered_at, error
				from notification where guardian_id = ? order by created_at, id
				""")
			.param(guardian.value())
			.query((row, rowNum) -> new GuardianExport.Notification(Timestamps.instant(row, "created_at"),
					row.getString("kind"), row.getString("channel"), row.getString("status"), row.getString("body"),
					Timestamps.instant(row, "sent_at"), Timestamps.instant(row, "delivered_at"),
					row.getString("error")))
			.list();
	}

	/**
	 * The topic of a message sent to a guardian's chat, found by the messenger's id of
	 * it, so that a parent's reply in the messenger to a class teacher's answer goes on
	 * about the same child.
	 * @param guardian the guardian replying
	 * @param channel the messenger
	 * @param providerId the messenger's id of the message replied to
	 */
	public Optional<Topic> topicOfSent(GuardianId guardian, Channel channel, String providerId) {
		return this.jdbc.sql("""
				select topic from notification
				where provider_id = ? and channel = ? and guardian_id = ? and topic is not null
				order by id desc limit 1
				""")
			.params(providerId, channel.code(), guardian.value())
			.query(String.class)
			.optional()
			.map(Topic::new);
	}

}
