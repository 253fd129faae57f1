package org.classbell.store.school;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.classbell.store.Actor;
import org.classbell.store.SchoolId;
import org.classbell.store.Timestamps;
import org.classbell.store.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bearer tokens of schools' administrations. A token is shown once, when made; the
 * table keeps its SHA-256 digest, so that a copy of the database gives no token away. A
 * token reaches its own school only, until it is revoked.
 */
@Repository
public class AdminTokens {

	/** Every token begins so, which tells it from the operator's at a glance. */
	public static final String PREFIX = "cbs_";

	/** How often the last use of a token is written, at most. */
	private static final Duration LAST_USE_GRAIN = Duration.ofMinutes(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	AdminTokens(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Makes a token for a school's administration.
	 * @return the token's row and the token itself, which is not kept
	 */
	@Transactional
	public Issued issue(SchoolId school, String name, Instant now, Actor actor) {
		String clean = (name != null) ? name.strip() : "";
		if (clean.isEmpty() || clean.length() > 100) {
			throw new IllegalArgumentException("A token needs a name of 1 to 100 characters");
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		this.audit.actAs(actor);
		long id = this.jdbc.sql("""
				insert into admin_token (school_id, name, digest, created_at) values (?, ?, ?, ?) returning id
				""").params(school.value(), clean, digest(token), Timestamps.of(now)).query(Long.class).single();
		return new Issued(find(school, id).orElseThrow(), token);
	}

	/**
	 * The school's tokens, revoked ones too, newest first.
	 */
	public List<AdminTokenRow> list(SchoolId school) {
		return this.jdbc.sql("""
				select id, name, created_at, last_used_at, revoked_at from admin_token
				where school_id = ? order by id desc
				""").param(school.value()).query(AdminTokens::row).list();
	}

	public Optional<AdminTokenRow> find(SchoolId school, long id) {
		return this.jdbc.sql("""
				select id, name, created_at, last_used_at, revoked_at from admin_token
				where school_id = ? and id = ?
				""").params(school.value(), id).query(AdminTokens::row).optional();
	}

	/**
	 * Revokes one of the school's tokens: it reaches nothing from now on.
	 * @return the token's row, or empty if the school has no such token
	 */
	@Transactional
	public Optional<AdminTokenRow> revoke(SchoolId school, long id, Instant now, Actor actor) {
		this.audit.actAs(actor);
		this.jdbc.sql("update admin_token set revoked_at = ? where school_id = ? and id = ? and revoked_at is null")
			.params(Timestamps.of(now), school.value(), id)
			.update();
		return find(school, id);
	}

	/**
	 * The school a presented token reaches, if it is a live token; its last use is noted
	 * (once a minute at most, so that a busy client does not write, nor lock the row, on
	 * every call).
	 */
	public Optional<Bearer> authenticate(String presented, Instant now) {
		if (presented == null || !presented.strip().startsWith(PREFIX)) {
			return Optional.empty();
		}
		Optional<Used> used = this.jdbc.sql("""
				select id, school_id, last_used_at from admin_token where digest = ? and revoked_at is null
				""")
			.param(digest(presented.strip()))
			.query((row, rowNum) -> new Used(new Bearer(row.getLong("id"), new SchoolId(row.getLong("school_id"))),
					Timestamps.instant(row, "last_used_at")))
			.optional();
		used.filter((token) -> token.at() == null || token.at().isBefore(now.minus(LAST_USE_GRAIN)))
			.ifPresent((token) -> this.jdbc.sql("update admin_token set last_used_at = ? where id = ?")
				.params(Timestamps.of(now), token.bearer().token())
				.update());
		return used.map(Used::bearer);
	}

	private static String digest(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static AdminTokenRow row(ResultSet row, int rowNum) throws SQLException {
		return new AdminTokenRow(row.getLong("id"), row.getString("name"), Timestamps.instant(row, "created_at"),
				Timestamps.instant(row, "last_used_at"), Timestamps.instant(row, "revoked_at"));
	}

	private record Used(Bearer bearer, Instant at) {

	}

	/**
	 * Who presented a live token.
	 *
	 * @param token the token's number
	 * @param school the school it reaches
	 */
	public record Bearer(long token, SchoolId school) {

		/**
		 * The audit log's name for what is done with the token, such as
		 * {@code admin-token:3}.
		 */
		public Actor actor() {
			return new Actor("admin-token:" + this.token);
		}

	}

	/**
	 * A token just made.
	 *
	 * @param row what is kept of it
	 * @param token the token, shown this once
	 */
	public record Issued(AdminTokenRow row, String token) {

		@Override
		public String toString() {
			return "Issued[row=" + this.row + ", token=***]";
		}

	}

}
