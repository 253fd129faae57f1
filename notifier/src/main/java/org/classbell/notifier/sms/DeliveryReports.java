package org.classbell.notifier.sms;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.notifier.dispatch.Consequences;
import org.classbell.notifier.dispatch.Outcome;
import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Twilio's delivery reports ({@code StatusCallback}): {@code delivered} marks an SMS
 * delivered; {@code undelivered} and {@code failed} mark it failed with Twilio's error
 * code, and an opt-out or an invalid number is recorded as when sending failed. Reports
 * may come late or out of order: a delivered or failed SMS stays so.
 */
@Component
public class DeliveryReports {

	private static final Logger log = LoggerFactory.getLogger(DeliveryReports.class);

	private static final Set<String> INVALID_NUMBER = Set.of("21211", "21614", "30005", "30006");

	private final JdbcClient jdbc;

	private final Consequences consequences;

	private final Clock clock;

	DeliveryReports(JdbcClient jdbc, Consequences consequences, Clock clock) {
		this.jdbc = jdbc;
		this.consequences = consequences;
		this.clock = clock;
	}

	/**
	 * Records a status Twilio reports for a message.
	 * @param sid the message SID
	 * @param status Twilio's {@code MessageStatus}
	 * @param errorCode Twilio's {@code ErrorCode}, or {@code null}
	 * @return whether a notification was changed
	 */
	@Transactional
	public boolean report(String sid, String status, String errorCode) {
		Instant now = this.clock.instant();
		Optional<Sms> sms = this.jdbc.sql("""
				select id, guardian_id, address, status from notification
				where provider_id = ? and channel = 'sms' for update
				""").param(sid).query(Sms.class).optional();
		if (sms.isEmpty()) {
			log.info("Twilio reported {} for message {}, which is not ours or not recorded yet", status, sid);
			return false;
		}
		if (!Set.of("sending", "sent").contains(sms.get().status())) {
			return false;
		}
		if ("delivered".equals(status)) {
			return this.jdbc.sql("""
					update notification set status = 'delivered', delivered_at = ?, updated_at = ?, lease_until = null
					where id = ?
					""").params(Timestamps.of(now), Timestamps.of(now), sms.get().id()).update() == 1;
		}
		if ("undelivered".equals(status) || "failed".equals(status)) {
			String error = "Twilio " + status + ((errorCode != null) ? " " + errorCode : "");
			Outcome.Consequence consequence = "21610".equals(errorCode) ? Outcome.Consequence.OPTED_OUT
					: INVALID_NUMBER.contains(errorCode) ? Outcome.Consequence.INVALID_NUMBER
							: Outcome.Consequence.NONE;
			error += this.consequences.apply(sms.get().id(), sms.get().guardianId(), sms.get().address(),
					new Outcome.Failed(error, consequence), false, now);
			log.warn("SMS notification {} was not delivered: {}", sms.get().id(), error);
			return this.jdbc
				.sql("""
						update notification set status = 'failed', error = ?, updated_at = ?, lease_until = null where id = ?
						""")
				.params(error, Timestamps.of(now), sms.get().id())
				.update() == 1;
		}
		return false;
	}

	record Sms(long id, Long guardianId, String address, String status) {

	}

}
