package org.classbell.notifier.dispatch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.classbell.notifier.outbox.Channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Consent, opt-out, the messenger link and the roster checked again as notifications are
 * claimed, not only when they were queued. A withdrawal being recorded at that moment is
 * waited for: the check first takes a share lock on the guardians, which the withdrawal's
 * change of the guardian holds exclusively until it commits, and then reads afresh. The
 * withdrawal cancels queued messages skipping those a claim holds, so neither waits for
 * the other in a circle; what the claim holds, this check cancels.
 */
@Component
class ClaimChecks {

	private final JdbcClient jdbc;

	ClaimChecks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Why each of these claimed notifications may no longer go, by id; those that may are
	 * absent.
	 */
	Map<Long, String> withdrawn(List<Deliveries.Due> claimed) {
		List<Long> guardians = claimed.stream()
			.map(Deliveries.Due::guardianId)
			.filter(Objects::nonNull)
			.distinct()
			.sorted()
			.toList();
		if (guardians.isEmpty()) {
			return Map.of();
		}
		this.jdbc.sql("select id from guardian where id in (:guardians) order by id for share")
			.param("guardians", guardians)
			.query(Long.class)
			.list();
		Map<Long, String> reasons = new HashMap<>();
		this.jdbc.sql("""
				select n.id, n.channel, g.erased_at is not null as erased,
				       (g.opted_out_at is not null or g.consent_at is null or g.phone_flagged_at is not null)
				           as sms_withdrawn,
				       not exists (select 1 from chat_link cl where cl.guardian_id = n.guardian_id
				                   and cl.messenger = n.channel and cl.chat_id::text = n.address
				                   and cl.consented_at is not null)
				           as chat_withdrawn,
				       not exists (select 1 from student_guardian sg join student st on st.id = sg.student_id
				                   where sg.guardian_id = n.guardian_id and st.active)
				           as off_roster
				from notification n join guardian g on g.id = n.guardian_id
				where n.id in (:ids)
				""")
			.param("ids", claimed.stream().filter((due) -> due.guardianId() != null).map(Deliveries.Due::id).toList())
			.query(Check.class)
			.list()
			.forEach((check) -> {
				String reason = check.reason();
				if (reason != null) {
					reasons.put(check.id(), reason);
				}
			});
		return reasons;
	}

	record Check(long id, String channel, boolean erased, boolean smsWithdrawn, boolean chatWithdrawn,
			boolean offRoster) {

		String reason() {
			if (this.erased) {
				return "the guardian's personal data was erased";
			}
			if (this.offRoster) {
				return "the guardian was dropped from the roster before it was sent";
			}
			if ("sms".equals(this.channel) && this.smsWithdrawn) {
				return "the guardian withdrew consent to SMS or opted out before it was sent";
			}
			if (!"sms".equals(this.channel) && this.chatWithdrawn) {
				return "the guardian's " + Channel.of(this.channel).messenger().displayName()
						+ " was unlinked or its consent withdrawn before it was sent";
			}
			return null;
		}

	}

}
