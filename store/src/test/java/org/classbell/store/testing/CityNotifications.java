package org.classbell.store.testing;

import java.sql.Types;
import java.time.Instant;

import org.classbell.store.SchoolId;
import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Announcements in a school's outbox as the city's figures count them: by channel,
 * status, day and SMS segments.
 */
public final class CityNotifications {

	private CityNotifications() {
	}

	/**
	 * Writes one, created (and, when sent or delivered, sent) at the instant given.
	 * @param segments the SMS segments it took, or null
	 */
	public static void write(JdbcClient jdbc, SchoolId school, String channel, String status, String created,
			Integer segments) {
		Instant at = Instant.parse(created);
		jdbc.sql("""
				insert into notification (school_id, kind, channel, address, body, status, next_attempt_at, created_at,
				                          updated_at, sent_at, segments)
				values (:school, 'announcement', :channel, '+79110000001', 'text', :status, :at, :at, :at,
				        case when :status in ('sent', 'delivered') then cast(:at as timestamptz) end, :segments)
				""")
			.param("school", school.value())
			.param("channel", channel)
			.param("status", status)
			.param("at", Timestamps.of(at))
			.param("segments", segments, Types.SMALLINT)
			.update();
	}

}
