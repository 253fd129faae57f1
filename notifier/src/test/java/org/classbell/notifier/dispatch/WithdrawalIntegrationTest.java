package org.classbell.notifier.dispatch;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.classbell.notifier.inbound.InboundSms;
import org.classbell.store.Actor;
import org.classbell.store.GuardianId;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.chat.ChatLinks;
import org.classbell.store.consent.ConsentChange;
import org.classbell.store.consent.ConsentLedger;
import org.classbell.store.consent.ConsentSource;
import org.classbell.store.consent.Purpose;
import org.classbell.store.privacy.Erasures;
import org.classbell.store.testing.ImportedSchool;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A withdrawal cancels what is queued in its own transaction; and consent and opt-out are
 * checked again as a message is claimed, so that a withdrawal that lands between the two,
 * or while a batch is being claimed, lets nothing through.
 */
class WithdrawalIntegrationTest extends ChannelsIntegrationTest {

	static final int QUEUED = 100;

	@Autowired
	InboundSms inbound;

	@Autowired
	ConsentLedger consents;

	@Autowired
	AuditTrail audit;

	@Autowired
	Erasures erasures;

	@Test
	void cancelsEveryQueuedSmsInTheTransactionOfAnSmsStop() {
		GuardianId alekseeva = this.school.guardian("Алексеева Ольга");
		queue(alekseeva, "sms", ALEKSEEVA_PHONE);

		this.inbound.receive("SM0001", ALEKSEEVA_PHONE, "СТОП");

		assertThat(count("select count(*) from notification where status = 'cancelled' and error = ?",
				"the guardian withdrew consent to SMS (sms)"))
			.isEqualTo(QUEUED);
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(count("select count(*) from notification where status <> 'cancelled'")).isZero();
		assertThat(TWILIO.messages()).isEmpty();
		System.out.printf("Withdrawal by SMS: %d queued, %d cancelled with it, 0 sent%n", QUEUED, QUEUED);
	}

	@Test
	void cancelsEveryQueuedMessageWhenARosterImportTakesConsentBack() {
		GuardianId alekseeva = this.school.guardian("Алексеева Ольга");
		queue(alekseeva, "sms", ALEKSEEVA_PHONE);

		this.school.roster(Arrays.stream(ImportedSchool.ROSTER)
			.map((line) -> line.contains("Алексеев") ? line.replace(",yes", ",") : line)
			.toArray(String[]::new));

		assertThat(count("select count(*) from notification where status = 'cancelled' and error = ?",
				"the guardian's consent to data processing was withdrawn (roster)"))
			.isEqualTo(QUEUED);
		assertThat(this.consents.history(alekseeva)).last()
			.satisfies((entry) -> assertThat(entry.given()).isFalse())
			.satisfies((entry) -> assertThat(entry.detail()).isEqualTo("line 2"));
	}

	@Test
	void letsNothingThroughWhenTheWithdrawalLandsWhileABatchIsBeingClaimed() {
		GuardianId alekseeva = this.school.guardian("Алексеева Ольга");
		queue(alekseeva, "sms", ALEKSEEVA_PHONE);

		this.transactions.executeWithoutResult((status) -> {
			// the withdrawal has begun: it holds the guardian's row, as its change of
			// consent will
			this.jdbc.sql("select id from guardian where id = ? for update")
				.param(alekseeva.value())
				.query()
				.listOfRows();
			this.clock.advance(Duration.ofMinutes(2));
			await().atMost(WAIT).until(this::claimWaits);
			this.audit.actAs(Actor.guardian(alekseeva));
			this.consents.record(ConsentChange.withdrawn(alekseeva, Purpose.SMS, ConsentSource.SMS, "SMS STOP"),
					this.clock.instant());
		});

		await().atMost(WAIT)
			.until(() -> count("select count(*) from notification where status = 'cancelled'") == QUEUED);
		assertThat(count(
				"select count(*) from notification where error like 'the guardian withdrew consent to SMS or opted out before%'"))
			.as("cancelled by the claim, which held them while the withdrawal was recorded")
			.isEqualTo(QUEUED);
		assertThat(TWILIO.messages()).isEmpty();
		System.out.printf("Withdrawal during a claim: %d queued, %d cancelled at the claim, 0 sent%n", QUEUED, QUEUED);
	}

	@Test
	void neverMessagesAnErasedGuardianEvenFromAStaleQueuedRow() {
		GuardianId alekseeva = this.school.guardian("Алексеева Ольга");
		this.erasures.erase(this.school.id(), alekseeva, "по заявлению", Actor.adminApi(), this.clock.instant());
		queue(alekseeva, "sms", ALEKSEEVA_PHONE);
		this.jdbc.sql("update guardian set phone = ?, consent_at = now(), consent_source = 'admin' where id = ?")
			.params(ALEKSEEVA_PHONE, alekseeva.value())
			.update();
		this.clock.advance(Duration.ofMinutes(2));

		await().atMost(WAIT)
			.until(() -> count("select count(*) from notification where error = ?",
					"the guardian's personal data was erased") == QUEUED);
		assertThat(TWILIO.messages()).isEmpty();
	}

	@Test
	void holdsTheGuardiansRowFromEveryWithdrawalUntilItCommits() {
		GuardianId alekseeva = this.school.guardian("Алексеева Ольга");
		linkGuardian(PETROVA, "Петрова Ирина");
		GuardianId petrova = this.school.guardian("Петрова Ирина");
		queue(alekseeva, "sms", ALEKSEEVA_PHONE);

		this.transactions.executeWithoutResult((status) -> {
			this.school.roster(Arrays.stream(ImportedSchool.ROSTER)
				.filter((line) -> !line.contains("Алексеев"))
				.toArray(String[]::new));
			assertThat(heldAgainstClaims(alekseeva)).as("a guardian dropped from the roster").isTrue();
			status.setRollbackOnly();
		});
		this.transactions.executeWithoutResult((status) -> {
			this.beans.getBean(ChatLinks.class).unlinkGuardian(petrova, this.clock.instant());
			assertThat(heldAgainstClaims(petrova)).as("a Telegram unlinked").isTrue();
			status.setRollbackOnly();
		});
		this.transactions.executeWithoutResult((status) -> {
			this.audit.actAs(Actor.guardian(petrova));
			this.consents.record(ConsentChange.withdrawn(petrova, Purpose.SMS, ConsentSource.TELEGRAM, "/stop"),
					this.clock.instant());
			assertThat(heldAgainstClaims(petrova)).as("a consent withdrawn, even one withdrawn before").isTrue();
			status.setRollbackOnly();
		});
		assertThat(heldAgainstClaims(alekseeva)).as("and no longer once it ends").isFalse();
	}

	/**
	 * Whether a claim's share lock on the guardian's row would have to wait, tried from
	 * another transaction.
	 */
	private boolean heldAgainstClaims(GuardianId guardian) {
		TransactionTemplate other = new TransactionTemplate(this.beans.getBean(PlatformTransactionManager.class));
		other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		try {
			other
				.executeWithoutResult((status) -> this.jdbc.sql("select id from guardian where id = ? for share nowait")
					.param(guardian.value())
					.query(Long.class)
					.list());
			return false;
		}
		catch (DataAccessException ex) {
			return true;
		}
	}

	/**
	 * Whether a dispatcher's claim is waiting for the guardian's row.
	 */
	private boolean claimWaits() {
		return count("""
				select count(*) from pg_stat_activity
				where wait_event_type = 'Lock' and query like '%from guardian where id in%for share%'
				""") > 0;
	}

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

		this.jdbc.sql("delete from chat_link where guardian_id = ?").param(petrova.value()).update();
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
