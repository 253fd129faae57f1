package org.classbell.store.retention;

import java.time.LocalTime;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal data is kept, and when the nightly sweep runs
 * ({@code classbell.retention.*}). Periods are written {@code 180d}, {@code 26w},
 * {@code 3y} (calendar years) or in ISO-8601 ({@code P3Y}).
 *
 * @param messageBodies how long the texts of sent messages are kept
 * ({@code CLASSBELL_RETENTION_MESSAGE_BODIES})
 * @param auditLog how long rows of the audit log are kept
 * ({@code CLASSBELL_RETENTION_AUDIT_LOG})
 * @param at when the sweep runs each night, in the default school's time zone
 * ({@code CLASSBELL_RETENTION_AT})
 * @param batchSize how many rows one short transaction of the sweep changes
 * ({@code CLASSBELL_RETENTION_BATCH_SIZE})
 */
@ConfigurationProperties("classbell.retention")
public record RetentionProperties(@DefaultValue("180d") Period messageBodies, @DefaultValue("3y") Period auditLog,
		@DefaultValue("03:30") LocalTime at, @DefaultValue("5000") int batchSize) {

	public RetentionProperties {
		positive(messageBodies, "CLASSBELL_RETENTION_MESSAGE_BODIES (classbell.retention.message-bodies)");
		positive(auditLog, "CLASSBELL_RETENTION_AUDIT_LOG (classbell.retention.audit-log)");
		if (batchSize < 1 || batchSize > 100_000) {
			throw new IllegalArgumentException(
					"CLASSBELL_RETENTION_BATCH_SIZE (classbell.retention.batch-size) must be from 1 to 100000, not "
							+ batchSize);
		}
	}

	private static void positive(Period period, String name) {
		if (period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException(
					name + " must be a period longer than zero, such as 180d or 3y, not " + period);
		}
	}

}
