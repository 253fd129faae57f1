package org.classbell.notifier.dispatch;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.classbell.store.GuardianId;
import org.classbell.store.testing.ImportedSchool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Consent and opt-out checked again as a message is claimed, not only when it was queued:
 * a withdrawal that lands between the two lets nothing through.
 */
class WithdrawalIntegrationTest extends ChannelsIntegrationTest {

	static final int QUEUED = 100;

	@Test
	void sendsNoQueuedSmsToAGuardianWhoWithdrewConsentBeforeTheyWent() {
		GuardianId alekseeva = this.school.guardian("Алексеева Ольга");
		queue(alekseeva, "sms", ALEKSEEVA_PHONE);

		this.jdbc.sql("update guardian set consent_at = null, consent_source = null where id = ?")
			.param(alekseeva.value())
			.update();
		this.clock.advance(Duration.ofMinutes(2));

		await().atMost(WAIT)
			.until(() -> count("select count(*) from notification where status = 'cancelled'") == QUEUED);
		assertThat(TWILIO.messages()).isEmpty();
		assertThat(count("select count(*) from notification where error like 'the guardian withdrew consent%'"))
			.isEqualTo(QUEUED);
		System.out.printf("Withdrawal: %d queued, %d cancelled at their claim, 0 sent%n", QUEUED, QUEUED);
	}

	@Test
	void sendsNoQueuedTelegramMessageToAChatUnlinkedBeforeTheyWent() {
		linkGuardian(PETROVA, "Петрова Ирина");
		GuardianId petrova = this.school.guardian("Петрова Ирина");
		queue(petrova, "telegram", String.valueOf(PETROVA));

		this.jdbc.sql("delete from telegram_link where guardian_id = ?").param(petrova.value()).update();
		this.clock.advance(Duration.ofMinutes(2));

		await().atMost(WAIT)
			.until(() -> count("select count(*) from notification where status = 'cancelled'") == QUEUED);
		assertThat(TELEGRAM.sentMessages(PETROVA)).isEmpty();
	}

	@Test
	void sendsNoQueuedMessageToAGuardianDroppedFromTheRoster() {
		GuardianId alekseeva = this.school.guardian("Алексеева Ольга");
		queue(alekseeva, "sms", ALEKSEEVA_PHONE);

		this.school.roster(Arrays.stream(ImportedSchool.ROSTER)
			.filter((line) -> !line.contains("Алексеев"))
			.toArray(String[]::new));
		this.clock.advance(Duration.ofMinutes(2));

		await().atMost(WAIT)
			.until(() -> count(
					"select count(*) from notification where error like '%dropped from the roster%'") == QUEUED);
		assertThat(TWILIO.messages()).isEmpty();
	}

	/**
	 * Queues messages to the guardian, due in a minute.
	 */
	private void queue(GuardianId guardian, String channel, String address) {
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		this.jdbc.sql("""
				insert into notification (school_id, guardian_id, kind, channel, address, body, next_attempt_at,
				                          created_at, updated_at)
				select ?, ?, 'announcement', ?, ?, 'withdrawn ' || i, ?, ?, ?
				from generate_series(1, ?) i
				""")
			.params(this.school.id().value(), guardian.value(), channel, address, now.plusMinutes(1), now, now, QUEUED)
			.update();
	}

}
