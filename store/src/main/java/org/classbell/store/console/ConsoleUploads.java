package org.classbell.store.console;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.classbell.store.Actor;
import org.classbell.store.SchoolId;
import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Files uploaded in the console for an import, kept from their preview until they are
 * imported: each is reached by a random token, of which only the hash is kept, within its
 * school and {@link #LIFETIME}. A person's new upload replaces the one they had not
 * imported; uploads older than the lifetime are forgotten when a new one is kept.
 */
@Component
public class ConsoleUploads {

	/** How long an upload waits to be imported. */
	public static final Duration LIFETIME = Duration.ofDays(1);

	private final JdbcClient jdbc;

	ConsoleUploads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps the file in place of the person's earlier upload: its token.
	 * @param kind {@code roster}, {@code staff} or {@code timetable}
	 */
	public String keep(SchoolId school, String kind, String fileName, byte[] content, Actor uploadedBy, Instant now) {
		forget(school, uploadedBy, now);
		String token = ConsoleLogins.newToken();
		this.jdbc.sql("""
				insert into console_upload (token_hash, school_id, kind, file_name, content, uploaded_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(ConsoleLogins.hash(token), school.value(), kind, fileName, content, uploadedBy.name(),
					Timestamps.of(now))
			.update();
		return token;
	}

	/**
	 * Forgets the person's upload not imported, and every upload past its lifetime.
	 */
	public void forget(SchoolId school, Actor uploadedBy, Instant now) {
		this.jdbc.sql("delete from console_upload where created_at < ? or (school_id = ? and uploaded_by = ?)")
			.params(Timestamps.of(now.minus(LIFETIME)), school.value(), uploadedBy.name())
			.update();
	}

	/**
	 * Takes the upload of the token out, within the current transaction: once only, and
	 * only in its school and lifetime.
	 */
	public Optional<Upload> take(SchoolId school, String token, Instant now) {
		if (token == null || token.length() != 32) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				delete from console_upload where token_hash = ? and school_id = ? and created_at >= ?
				returning kind, file_name, content
				""")
			.params(ConsoleLogins.hash(token), school.value(), Timestamps.of(now.minus(LIFETIME)))
			.query((row, number) -> new Upload(row.getString(1), row.getString(2), row.getBytes(3)))
			.optional();
	}

	/**
	 * An uploaded file.
	 *
	 * @param kind what it holds: {@code roster}, {@code staff} or {@code timetable}
	 * @param fileName its name, as uploaded
	 * @param content its bytes
	 */
	public record Upload(String kind, String fileName, byte[] content) {

	}

}
