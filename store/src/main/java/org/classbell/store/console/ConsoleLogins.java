package org.classbell.store.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.classbell.store.SchoolId;
import org.classbell.store.StaffId;
import org.classbell.store.Timestamps;
import org.classbell.store.backup.Checksums;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time links into the web console: a random token, of which only the hash is kept,
 * that logs one active staff member in once, within {@link #LIFETIME}.
 */
@Component
public class ConsoleLogins {

	/** How long a link works. */
	public static final Duration LIFETIME = Duration.ofMinutes(10);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	ConsoleLogins(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A new link's token for the staff member; old links expire on their own.
	 */
	public String issue(SchoolId school, StaffId staff, Instant now) {
		String token = newToken();
		this.jdbc
			.sql("insert into console_login (token_hash, school_id, staff_id, created_at, expires_at)"
					+ " values (?, ?, ?, ?, ?)")
			.params(hash(token), school.value(), staff.value(), Timestamps.of(now), Timestamps.of(now.plus(LIFETIME)))
			.update();
		return token;
	}

	/**
	 * Whom the token would log in, if it is unused, unexpired and its staff member still
	 * active; it stays unused.
	 */
	public Optional<ConsoleLogin> peek(String token, Instant now) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("select l.school_id, l.staff_id from console_login l join staff s on s.id = l.staff_id"
					+ " where l.token_hash = ? and l.used_at is null and l.expires_at > ? and s.active")
			.params(hash(token), Timestamps.of(now))
			.query((rs, row) -> new ConsoleLogin(new SchoolId(rs.getLong(1)), new StaffId(rs.getLong(2))))
			.optional();
	}

	/**
	 * Uses the token: whom it logs in, once; empty when it is unknown, used, expired, or
	 * its staff member is no longer active.
	 */
	public Optional<ConsoleLogin> use(String token, Instant now) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("update console_login l set used_at = ? from staff s where s.id = l.staff_id and s.active"
					+ " and l.token_hash = ? and l.used_at is null and l.expires_at > ?"
					+ " returning l.school_id, l.staff_id")
			.params(Timestamps.of(now), hash(token), Timestamps.of(now))
			.query((rs, row) -> new ConsoleLogin(new SchoolId(rs.getLong(1)), new StaffId(rs.getLong(2))))
			.optional();
	}

	/**
	 * Forgets links that expired before the instant.
	 * @return how many
	 */
	public int forgetExpired(Instant before) {
		return this.jdbc.sql("delete from console_login where expires_at < ?").params(Timestamps.of(before)).update();
	}

	static String newToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static boolean wellFormed(String token) {
		return token != null && token.length() == 32
				&& token.chars()
					.allMatch((c) -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
							|| c == '-' || c == '_');
	}

	static String hash(String token) {
		MessageDigest digest = Checksums.sha256();
		digest.update(token.getBytes(StandardCharsets.US_ASCII));
		return Checksums.hex(digest);
	}

}
