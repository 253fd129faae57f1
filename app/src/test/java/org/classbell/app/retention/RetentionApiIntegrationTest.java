package org.classbell.app.retention;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.classbell.app.ApiIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/retention/run}: the admin sweeps now and is told how many rows of each
 * kind went. What the sweep blanks and deletes is the store's to test.
 */
class RetentionApiIntegrationTest extends ApiIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void sweepsNowAndAnswersWithTheCounts() {
		this.clock.reset();
		OffsetDateTime old = this.clock.instant().minus(Duration.ofDays(200)).atOffset(ZoneOffset.UTC);
		long school = this.jdbc.sql("insert into school (name, name_key) values ('Школа', 'школа') returning id")
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into notification (school_id, kind, channel, address, body, status, next_attempt_at, created_at,
				                          updated_at)
				values (?, 'absence', 'sms', '+79123456789', 'Пётр отсутствовал', 'delivered', ?, ?, ?)""")
			.params(school, old, old, old)
			.update();
		this.jdbc.sql("insert into chat_update (update_id, handled_at) values (1, ?)").param(old).update();

		Response run = postAsAdmin("/api/retention/run", "application/json", "");

		assertThat(run.status()).isEqualTo(200);
		assertThat(run.json().toString()).startsWith("""
				{"messageBodies":1,"auditLog":0,"telegramUpdates":1,"inboundSms":0,"inviteCodes":0,"pendingChoices":0,\
				"rateLimitBuckets":0,"consoleLeftovers":0,"seconds":""");
		assertThat(this.jdbc.sql("select body from notification").query(String.class).single()).isEmpty();
	}

	@Test
	void needsTheAdminToken() {
		assertThat(post("/api/retention/run", "application/json", "").status()).isEqualTo(401);
	}

}
