package org.classbell.store.school;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.classbell.store.Actor;
import org.classbell.store.testing.DatabaseTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school's admin tokens: kept as digests, found by the token until revoked, their last
 * use written once a minute at most.
 */
@SpringBootTest
@DatabaseTest
class AdminTokensIntegrationTest {

	private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

	@Autowired
	Schools schools;

	@Autowired
	AdminTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void findsTheSchoolOfALiveTokenOnly() {
		School school = this.schools.ensureCode("sch8", "Школа № 8", ZoneId.of("Europe/Moscow"), "RU");
		AdminTokens.Issued issued = this.tokens.issue(school.id(), " Секретарь ", NOW, Actor.adminApi());

		assertThat(issued.row().name()).isEqualTo("Секретарь");
		assertThat(issued.toString()).doesNotContain(issued.token());
		assertThat(this.tokens.authenticate(" " + issued.token() + " ", NOW))
			.hasValueSatisfying((bearer) -> assertThat(bearer.school()).isEqualTo(school.id()));
		assertThat(this.tokens.authenticate(issued.token() + "x", NOW)).isEmpty();
		assertThat(this.tokens.authenticate("default-admin-token", NOW)).isEmpty();

		this.tokens.revoke(school.id(), issued.row().id(), NOW.plusSeconds(5), Actor.adminApi());

		assertThat(this.tokens.authenticate(issued.token(), NOW.plusSeconds(6))).isEmpty();
		assertThat(this.tokens.list(school.id())).singleElement()
			.satisfies((row) -> assertThat(row.revoked()).isTrue());
		assertThat(
				this.jdbc.sql("select count(*) from audit_log where entity = 'admin_token'").query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void writesTheLastUseOnceAMinuteAtMost() {
		School school = this.schools.ensureCode("sch8", "Школа № 8", ZoneId.of("Europe/Moscow"), "RU");
		AdminTokens.Issued issued = this.tokens.issue(school.id(), "Завуч", NOW, Actor.adminApi());

		this.tokens.authenticate(issued.token(), NOW);
		this.tokens.authenticate(issued.token(), NOW.plusSeconds(30));
		Instant first = lastUse(school, issued);
		this.tokens.authenticate(issued.token(), NOW.plus(Duration.ofMinutes(2)));

		assertThat(first).isEqualTo(NOW);
		assertThat(lastUse(school, issued)).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
	}

	private Instant lastUse(School school, AdminTokens.Issued issued) {
		return this.tokens.find(school.id(), issued.row().id()).orElseThrow().lastUsedAt();
	}

}
