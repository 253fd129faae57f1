package org.classbell.notifier.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.notifier.outbox.Channel;
import org.classbell.notifier.outbox.NotificationId;
import org.classbell.notifier.outbox.NotificationStatus;
import org.classbell.store.GuardianId;
import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a provider reports later of an SMS it took: delivered, or not delivered after all
 * (with what that means for the recipient, as when sending fails). Reports may come late
 * or out of order: a delivered or failed SMS stays so.
 */
@Component
public class DeliveryReports {

	private static final Logger log = LoggerFactory.getLogger(DeliveryReports.class);

	private final JdbcClient jdbc;

	private final Consequences consequences;

	private final Clock clock;

	DeliveryReports(JdbcClient jdbc, Consequences consequences, Clock clock) {
		this.jdbc = jdbc;
		this.consequences = consequences;
		this.clock = clock;
	}

	/**
	 * The SMS with this provider id reached the phone.
	 * @return whether a notification was changed
	 */
	@Transactional
	public boolean delivered(String providerId) {
		Instant now = this.clock.instant();
		return pending(providerId, "delivered").map((sms) -> this.jdbc.sql("""
				update notification set status = 'delivered', delivered_at = ?, updated_at = ?, lease_until = null
				where id = ?
				""").params(Timestamps.of(now), Timestamps.of(now), sms.id()).update() == 1).orElse(false);
	}

	/**
	 * The SMS with this provider id did not reach the phone, for good.
	 * @return whether a notification was changed
	 */
	@Transactional
	public boolean undelivered(String providerId, Outcome.Failed failure) {
		Instant now = this.clock.instant();
		Optional<Sms> sms = pending(providerId, "undelivered");
		if (sms.isEmpty()) {
			return false;
		}
		String error = failure.error() + this.consequences.apply(new NotificationId(sms.get().id()),
				(sms.get().guardianId() != null) ? new GuardianId(sms.get().guardianId()) : null, Channel.SMS,
				sms.get().address(), failure, Set.of(), now);
		log.warn("SMS notification {} was not delivered: {}", sms.get().id(), error);
		return this.jdbc.sql(
				"update notification set status = 'failed', error = ?, updated_at = ?, lease_until = null where id = ?")
			.params(error, Timestamps.of(now), sms.get().id())
			.update() == 1;
	}

	/**
	 * The SMS with this provider id, locked, if it is ours and still waiting for news.
	 */
	private Optional<Sms> pending(String providerId, String reported) {
		Optional<Sms> sms = this.jdbc.sql("""
				select id, guardian_id, address, status from notification
				where provider_id = ? and channel = 'sms' for update
				""").param(providerId).query(Sms.class).optional();
		if (sms.isEmpty()) {
			log.info("The provider reported {} for message {}, which is not ours or not recorded yet", reported,
					providerId);
			return Optional.empty();
		}
		NotificationStatus status = NotificationStatus.of(sms.get().status());
		return (status == NotificationStatus.SENDING || status == NotificationStatus.SENT) ? sms : Optional.empty();
	}

	record Sms(long id, Long guardianId, String address, String status) {

	}

}
