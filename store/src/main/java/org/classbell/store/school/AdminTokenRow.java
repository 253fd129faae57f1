package org.classbell.store.school;

import java.time.Instant;

/**
 * What is kept of a school's admin token: never the token itself.
 *
 * @param id the token's number, which revoking names
 * @param name what its maker called it, such as «Секретарь»
 * @param createdAt when it was made
 * @param lastUsedAt when it last reached the API (to the minute), or null if never
 * @param revokedAt when it was revoked, or null while it works
 */
public record AdminTokenRow(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

	public boolean revoked() {
		return this.revokedAt != null;
	}

}
