package org.classbell.store.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.store.Timestamps;
import org.classbell.store.testing.DatabaseTest;
import org.classbell.store.testing.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention sweep on the test database, in batches of three rows, so that every kind
 * takes several.
 */
@SpringBootTest(properties = "classbell.retention.batch-size=3")
@DatabaseTest
class RetentionIntegrationTest {

	private static final Instant NOW = MutableClock.START;

	@Autowired
	Retention retention;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	long school;

	@BeforeEach
	void school() {
		this.clock.reset();
		this.school = this.jdbc.sql("insert into school (name, name_key) values ('Школа', 'школа') returning id")
			.query(Long.class)
			.single();
	}

	@Test
	void blanksTheTextsOfOldMessagesThatAreDoneWith() {
		Instant old = NOW.minus(Duration.ofDays(181));
		List<Long> done = List.of(notification("sent", old), notification("delivered", old),
				notification("failed", old), notification("cancelled", old));
		long queued = notification("queued", old);
		long sending = notification("sending", old);
		long recent = notification("sent", NOW.minus(Duration.ofDays(179)));

		assertThat(this.retention.blankMessageBodies()).isEqualTo(4);

		for (long id : done) {
			assertThat(texts(id)).isEqualTo("'' NULL");
		}
		assertThat(texts(queued)).isEqualTo("'Пётр отсутствовал' 'Petr otsutstvoval'");
		assertThat(texts(sending)).isEqualTo("'Пётр отсутствовал' 'Petr otsutstvoval'");
		assertThat(texts(recent)).isEqualTo("'Пётр отсутствовал' 'Petr otsutstvoval'");
		assertThat(this.jdbc.sql("select status || ' ' || address from notification where id = ?")
			.param(done.get(1))
			.query(String.class)
			.single()).isEqualTo("delivered +79123456789");
		assertThat(this.retention.blankMessageBodies()).isZero();
	}

	@Test
	void deletesAuditRowsOlderThanTheRetention() {
		Instant limit = NOW.atZone(ZoneOffset.UTC).minusYears(3).toInstant();
		for (int i = 0; i < 5; i++) {
			audit(limit.minus(Duration.ofDays(1 + i)));
		}
		audit(limit.plus(Duration.ofDays(1)));
		audit(NOW);
		long all = count("select count(*) from audit_log");

		assertThat(this.retention.deleteAuditLog()).isEqualTo(5);

		assertThat(count("select count(*) from audit_log")).isEqualTo(all - 5);
		assertThat(count("select count(*) from audit_log where at < ?", Timestamps.of(limit))).isZero();
	}

	@Test
	void forgetsTelegramUpdatesAndInboundSmsAfterAWeek() {
		for (int i = 0; i < 4; i++) {
			update(100 + i, NOW.minus(Duration.ofDays(8)));
			inboundSms("SM-old-" + i, NOW.minus(Duration.ofDays(8)));
		}
		update(200, NOW.minus(Duration.ofDays(6)));
		inboundSms("SM-new", NOW.minus(Duration.ofDays(6)));

		assertThat(this.retention.forgetTelegramUpdates()).isEqualTo(4);
		assertThat(this.retention.forgetInboundSms()).isEqualTo(4);

		assertThat(this.jdbc.sql("select update_id from chat_update").query(Long.class).list()).containsExactly(200L);
		assertThat(this.jdbc.sql("select message_sid from inbound_sms").query(String.class).list())
			.containsExactly("SM-new");
	}

	@Test
	void deletesInviteCodesAMonthAfterTheyExpiredUsedOrNot() {
		long staff = staff();
		long unused = invite(staff, NOW.minus(Duration.ofDays(31)), false);
		long used = invite(staff, NOW.minus(Duration.ofDays(40)), true);
		long lately = invite(staff, NOW.minus(Duration.ofDays(29)), false);
		long valid = invite(staff, NOW.plus(Duration.ofDays(10)), false);

		assertThat(this.retention.deleteExpiredInviteCodes()).isEqualTo(2);

		assertThat(this.jdbc.sql("select id from invite_code order by id").query(Long.class).list())
			.containsExactly(lately, valid)
			.doesNotContain(unused, used);
		assertThat(this.jdbc.sql("select actor from audit_log where entity = 'invite_code' and action = 'delete'")
			.query(String.class)
			.list()).containsExactly("retention", "retention");
	}

	@Test
	void deletesExpiredChoicesOfTheBot() {
		choice(NOW.minus(Duration.ofMinutes(1)));
		choice(NOW);
		long open = choice(NOW.plus(Duration.ofHours(1)));

		assertThat(this.retention.deleteExpiredChoices()).isEqualTo(2);

		assertThat(this.jdbc.sql("select id from bot_pending").query(Long.class).list()).containsExactly(open);
	}

	@Test
	void deletesRateLimitBucketsOnceTheyAreFullAgain() {
		long now = this.clock.millis();
		bucket(1, new byte[] { 1 }, now - 1);
		bucket(2, new byte[] { 1 }, now + 60_000);
		bucket(3, null, null);
		bucket(4, new byte[] { 1 }, Long.MAX_VALUE);

		assertThat(this.retention.deleteStaleRateLimits()).isEqualTo(2);

		assertThat(this.jdbc.sql("select id from rate_limit_bucket order by id").query(Long.class).list())
			.containsExactly(2L, 4L);
	}

	@Test
	void sweepsEveryKindToTheEndInBatchesSmallerThanItsRows() {
		long staff = staff();
		Instant longAgo = NOW.minus(Duration.ofDays(4 * 365));
		for (int i = 0; i < 7; i++) {
			notification("delivered", longAgo);
			audit(longAgo);
			update(i, longAgo);
			inboundSms("SM" + i, longAgo);
			invite(staff, longAgo, i % 2 == 0);
			choice(longAgo);
			bucket(i, new byte[] { 1 }, this.clock.millis() - 1000);
			consoleLink(staff, longAgo, i % 2 == 0);
		}
		consoleLink(staff, NOW.minus(Duration.ofHours(1)), false);

		Swept swept = this.retention.run();

		assertThat(List.of(swept.messageBodies(), swept.auditLog(), swept.telegramUpdates(), swept.inboundSms(),
				swept.inviteCodes(), swept.pendingChoices(), swept.rateLimitBuckets(), swept.consoleLeftovers()))
			.containsExactly(7L, 7L, 7L, 7L, 7L, 7L, 7L, 7L);
		assertThat(count("select count(*) from console_login")).as("the link that expired an hour ago").isOne();
		assertThat(count("select count(*) from notification where body <> '' or sms_body is not null")).isZero();
		for (String table : List.of("chat_update", "inbound_sms", "invite_code", "bot_pending", "rate_limit_bucket")) {
			assertThat(count("select count(*) from " + table)).as(table).isZero();
		}
		assertThat(swept.describe()).startsWith("blanked 7 message texts; deleted 7 audit log rows, "
				+ "7 Telegram update ids, 7 inbound SMS ids, 7 invite codes, 7 expired choices, 7 rate-limit buckets, "
				+ "7 console links and uploads; in ");
	}

	private long notification(String status, Instant createdAt) {
		Instant lease = status.equals("sending") ? NOW.plus(Duration.ofMinutes(5)) : null;
		return this.jdbc
			.sql("""
					insert into notification (school_id, kind, channel, address, body, sms_body, status, next_attempt_at,
					                          created_at, updated_at, lease_until)
					values (?, 'absence', 'telegram', '+79123456789', 'Пётр отсутствовал', 'Petr otsutstvoval', ?, ?, ?, ?, ?)
					returning id""")
			.params(this.school, status, Timestamps.of(createdAt), Timestamps.of(createdAt), Timestamps.of(createdAt),
					Timestamps.of(lease))
			.query(Long.class)
			.single();
	}

	private String texts(long notification) {
		return this.jdbc
			.sql("select quote_nullable(body) || ' ' || quote_nullable(sms_body) from notification where id = ?")
			.param(notification)
			.query(String.class)
			.single();
	}

	private void audit(Instant at) {
		this.jdbc.sql("""
				insert into audit_log (at, actor, action, entity, entity_id, after)
				values (?, 'staff:1', 'insert', 'mark', 1, '{"value": 5}')""").param(Timestamps.of(at)).update();
	}

	private void update(long id, Instant handledAt) {
		this.jdbc.sql("insert into chat_update (update_id, handled_at) values (?, ?)")
			.params(id, Timestamps.of(handledAt))
			.update();
	}

	private void inboundSms(String sid, Instant receivedAt) {
		this.jdbc.sql("insert into inbound_sms (message_sid, received_at) values (?, ?)")
			.params(sid, Timestamps.of(receivedAt))
			.update();
	}

	private long staff() {
		return this.jdbc.sql("""
				insert into staff (school_id, last_name, first_name, last_name_key, first_name_key, role)
				values (?, 'Соколова', 'Елена', 'соколова', 'елена', 'teacher') returning id""")
			.param(this.school)
			.query(Long.class)
			.single();
	}

	private long invite(long staff, Instant expiresAt, boolean used) {
		Instant created = expiresAt.minus(Duration.ofDays(30));
		return this.jdbc.sql("""
				insert into invite_code (school_id, code_hash, staff_id, issued_by, created_at, expires_at, used_at,
				                         used_by)
				values (?, encode(sha256(random()::text::bytea), 'hex'), ?, 'admin-api', ?, ?, ?, ?) returning id""")
			.params(this.school, staff, Timestamps.of(created), Timestamps.of(expiresAt),
					used ? Timestamps.of(created.plus(Duration.ofDays(1))) : null, used ? 42L : null)
			.query(Long.class)
			.single();
	}

	private void consoleLink(long staff, Instant expiresAt, boolean used) {
		Instant created = expiresAt.minus(Duration.ofMinutes(10));
		this.jdbc.sql("""
				insert into console_login (token_hash, school_id, staff_id, created_at, expires_at, used_at)
				values (encode(sha256(random()::text::bytea), 'hex'), ?, ?, ?, ?, ?)""")
			.params(this.school, staff, Timestamps.of(created), Timestamps.of(expiresAt),
					used ? Timestamps.of(created.plusSeconds(30)) : null)
			.update();
	}

	private long choice(Instant expiresAt) {
		return this.jdbc.sql("""
				insert into bot_pending (user_id, kind, payload, created_at, expires_at)
				values (42, 'student', '{}', ?, ?) returning id""")
			.params(Timestamps.of(expiresAt.minus(Duration.ofHours(24))), Timestamps.of(expiresAt))
			.query(Long.class)
			.single();
	}

	private void bucket(long id, byte[] state, Long expiresAt) {
		this.jdbc.sql("insert into rate_limit_bucket (id, state, expires_at) values (?, ?, ?)")
			.params(id, state, expiresAt)
			.update();
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
