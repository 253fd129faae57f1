package org.classbell.notifier.outbox;

import java.util.List;

import org.classbell.store.GuardianId;
import org.classbell.store.Timestamps;
import org.classbell.store.privacy.GuardianExport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every message the outbox still keeps that was written to a guardian, oldest first, for
 * their export.
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

}
