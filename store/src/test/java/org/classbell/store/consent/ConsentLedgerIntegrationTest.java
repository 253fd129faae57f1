package org.classbell.store.consent;

import org.springframework.context.annotation.Import;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.store.Actor;
import org.classbell.store.GuardianId;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.testing.DatabaseTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The consent ledger: appended to, never changed, and the guardian's current consent
 * follows from it.
 */
@SpringBootTest
@DatabaseTest
@Import(ConsentLedgerIntegrationTest.Withdrawals.class)
class ConsentLedgerIntegrationTest {

	static final Instant MONDAY = Instant.parse("2026-11-23T07:00:00Z");

	static final Instant TUESDAY = Instant.parse("2026-11-24T07:00:00Z");

	@Autowired
	ConsentLedger ledger;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Withdrawals withdrawals;

	GuardianId guardian;

	@BeforeEach
	void guardian() {
		long school = this.jdbc.sql("insert into school (name, name_key) values ('S', 's') returning id")
			.query(Long.class)
			.single();
		this.guardian = new GuardianId(
				this.jdbc.sql("insert into guardian (school_id, full_name, name_key) values (?, 'G', 'g') returning id")
					.param(school)
					.query(Long.class)
					.single());
		this.withdrawals.seen.clear();
	}

	@Test
	void derivesTheGuardiansConsentAndOptOutFromTheEntries() {
		record(ConsentChange.given(this.guardian, Purpose.PROCESSING, ConsentSource.ROSTER, "line 7"), MONDAY);
		record(ConsentChange.withdrawn(this.guardian, Purpose.SMS, ConsentSource.SMS, "SMS STOP"), MONDAY);

		assertThat(state()).isEqualTo("2026-11-23T07:00:00Z roster 2026-11-23T07:00:00Z");

		record(ConsentChange.given(this.guardian, Purpose.SMS, ConsentSource.SMS, "SMS START"), TUESDAY);
		record(ConsentChange.withdrawn(this.guardian, Purpose.PROCESSING, ConsentSource.ADMIN, null), TUESDAY);

		assertThat(state()).isEqualTo("null null null");
		assertThat(this.ledger.history(this.guardian)).containsExactly(
				new ConsentEntry(Purpose.PROCESSING, true, ConsentSource.ROSTER, "line 7", "admin-api", MONDAY),
				new ConsentEntry(Purpose.SMS, false, ConsentSource.SMS, "SMS STOP", "admin-api", MONDAY),
				new ConsentEntry(Purpose.SMS, true, ConsentSource.SMS, "SMS START", "admin-api", TUESDAY),
				new ConsentEntry(Purpose.PROCESSING, false, ConsentSource.ADMIN, null, "admin-api", TUESDAY));
	}

	@Test
	void letsTheGuardiansOwnConsentTakeThePlaceOfTheRosters() {
		record(ConsentChange.given(this.guardian, Purpose.PROCESSING, ConsentSource.ROSTER, "line 7"), MONDAY);
		record(ConsentChange.given(this.guardian, Purpose.PROCESSING, ConsentSource.TELEGRAM, null), TUESDAY);
		record(ConsentChange.given(this.guardian, Purpose.PROCESSING, ConsentSource.ROSTER, "line 7"), TUESDAY);

		assertThat(state()).startsWith("2026-11-24T07:00:00Z telegram");
		assertThat(this.ledger.history(this.guardian)).hasSize(3);
	}

	@Test
	void keepsTheFirstConsentWhenTheSameSourceGivesItAgain() {
		record(ConsentChange.given(this.guardian, Purpose.PROCESSING, ConsentSource.SMS, "SMS YES"), MONDAY);
		record(ConsentChange.given(this.guardian, Purpose.PROCESSING, ConsentSource.TELEGRAM, null), TUESDAY);

		assertThat(state()).startsWith("2026-11-23T07:00:00Z sms");
	}

	@Test
	void refusesToChangeOrDeleteAnEntry() {
		record(ConsentChange.given(this.guardian, Purpose.PROCESSING, ConsentSource.ROSTER, "line 7"), MONDAY);

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("update consent_event set given = false").update())
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("delete from consent_event").update())
			.withMessageContaining("append-only");
		assertThat(this.ledger.history(this.guardian)).singleElement().extracting(ConsentEntry::given).isEqualTo(true);
	}

	@Test
	void publishesWithdrawalsOnly() {
		record(ConsentChange.given(this.guardian, Purpose.PROCESSING, ConsentSource.ROSTER, "line 7"), MONDAY);
		record(ConsentChange.withdrawn(this.guardian, Purpose.SMS, ConsentSource.TELEGRAM, "/stop"), TUESDAY);

		assertThat(this.withdrawals.seen).containsExactly(
				new ConsentWithdrawn(Purpose.SMS, ConsentSource.TELEGRAM, List.of(this.guardian), TUESDAY));
	}

	private void record(ConsentChange change, Instant at) {
		this.transactions.executeWithoutResult((status) -> {
			this.audit.actAs(Actor.adminApi());
			this.ledger.record(change, at);
		});
	}

	private String state() {
		return this.jdbc.sql("select consent_at, consent_source, opted_out_at from guardian where id = ?")
			.param(this.guardian.value())
			.query((row, rowNum) -> instant(row.getObject(1, java.time.OffsetDateTime.class)) + " " + row.getString(2)
					+ " " + instant(row.getObject(3, java.time.OffsetDateTime.class)))
			.single();
	}

	private static String instant(java.time.OffsetDateTime time) {
		return (time != null) ? time.toInstant().toString() : "null";
	}

	static class Withdrawals {

		final List<ConsentWithdrawn> seen = new ArrayList<>();

		@EventListener
		void on(ConsentWithdrawn withdrawn) {
			this.seen.add(withdrawn);
		}

	}

}
