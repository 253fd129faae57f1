package org.classbell.store.staff;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.classbell.store.StaffId;
import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A teacher's quiet hours, which hold parents' messages to them until morning: their own
 * where they set them with {@code /quiet}, else the school's for its staff.
 */
@Repository
public class StaffQuietHours {

	private final JdbcClient jdbc;

	StaffQuietHours(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The staff member's quiet hours as they stand, and the school's time zone.
	 */
	public Quiet of(StaffId staff) {
		return this.jdbc.sql("""
				select coalesce(st.quiet_from, s.staff_quiet_from) as quiet_from,
				       coalesce(st.quiet_to, s.staff_quiet_to) as quiet_to, st.quiet_from is not null as own,
				       s.time_zone
				from staff st join school s on s.id = st.school_id where st.id = ?
				""")
			.param(staff.value())
			.query((row, index) -> new Quiet(row.getObject("quiet_from", LocalTime.class),
					row.getObject("quiet_to", LocalTime.class), row.getBoolean("own"),
					ZoneId.of(row.getString("time_zone"))))
			.single();
	}

	/**
	 * Sets the staff member's own quiet hours (equal ends: none), or with {@code null}
	 * ends goes back to the school's.
	 */
	public void set(StaffId staff, LocalTime from, LocalTime to, Instant at) {
		this.jdbc.sql("update staff set quiet_from = ?, quiet_to = ?, updated_at = ? where id = ?")
			.params(from, to, Timestamps.of(at), staff.value())
			.update();
	}

	/**
	 * A staff member's quiet hours.
	 *
	 * @param from when they begin
	 * @param to when they end (equal to {@code from}: none)
	 * @param own whether they are the staff member's own rather than the school's
	 * @param zone the school's time zone
	 */
	public record Quiet(LocalTime from, LocalTime to, boolean own, ZoneId zone) {

		public boolean none() {
			return this.from.equals(this.to);
		}

	}

}
