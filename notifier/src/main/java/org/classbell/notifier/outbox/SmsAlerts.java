package org.classbell.notifier.outbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.classbell.store.GuardianId;
import org.classbell.store.StudentId;
import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The absence alerts sent to guardians by SMS, which an SMS reply may answer.
 */
@Repository
public class SmsAlerts {

	private final JdbcClient jdbc;

	SmsAlerts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The latest absence alert (or its update) sent by SMS to any of these guardians
	 * since the given time, whose absences the journal still holds; empty when there is
	 * none.
	 */
	public Optional<Sent> last(List<GuardianId> guardians, Instant since) {
		if (guardians.isEmpty()) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select n.guardian_id, n.student_id, cast(split_part(n.topic, ':', 3) as date) as day, n.sent_at
				from notification n
				where n.guardian_id = any (cast(:guardians as bigint[])) and n.channel = 'sms'
				  and n.kind in ('attendance', 'attendance_update') and n.status in ('sent', 'delivered')
				  and n.sent_at >= :since and n.topic like 'attendance:%' and n.student_id is not null
				  and exists (select 1 from attendance a
				              where a.student_id = n.student_id and a.status in ('absent', 'excused')
				                and a.day = cast(split_part(n.topic, ':', 3) as date))
				order by n.sent_at desc, n.id desc limit 1
				""")
			.param("guardians", guardians.stream().map(GuardianId::value).toArray(Long[]::new))
			.param("since", Timestamps.of(since))
			.query((row, index) -> new Sent(new GuardianId(row.getLong("guardian_id")),
					new StudentId(row.getLong("student_id")), row.getObject("day", LocalDate.class),
					Timestamps.instant(row, "sent_at")))
			.optional();
	}

	/**
	 * An absence alert sent by SMS.
	 *
	 * @param guardian to whom
	 * @param student about which child
	 * @param day the day of the absence
	 * @param sentAt when it was sent
	 */
	public record Sent(GuardianId guardian, StudentId student, LocalDate day, Instant sentAt) {

	}

}
