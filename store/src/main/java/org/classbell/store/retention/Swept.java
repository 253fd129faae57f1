package org.classbell.store.retention;

import java.time.Duration;
import java.util.Locale;

/**
 * What one retention sweep blanked and deleted, by kind, and how long it took: counts
 * only, never what the rows held.
 *
 * @param messageBodies notifications whose texts were blanked
 * @param auditLog audit log rows deleted
 * @param telegramUpdates ids of handled Telegram updates forgotten
 * @param inboundSms ids of SMS from parents forgotten
 * @param inviteCodes invite codes deleted
 * @param pendingChoices expired choices of the bot deleted
 * @param rateLimitBuckets rate-limit buckets deleted
 * @param consoleLeftovers the console's expired login links and unimported uploads
 * forgotten
 * @param took how long the sweep took
 */
public record Swept(long messageBodies, long auditLog, long telegramUpdates, long inboundSms, long inviteCodes,
		long pendingChoices, long rateLimitBuckets, long consoleLeftovers, Duration took) {

	/**
	 * The sweep in words, for the log.
	 */
	public String describe() {
		return String.format(Locale.ROOT,
				"blanked %,d message texts; deleted %,d audit log rows, %,d Telegram update ids, %,d inbound SMS ids, "
						+ "%,d invite codes, %,d expired choices, %,d rate-limit buckets, %,d console links and uploads;"
						+ " in %.1f s",
				this.messageBodies, this.auditLog, this.telegramUpdates, this.inboundSms, this.inviteCodes,
				this.pendingChoices, this.rateLimitBuckets, this.consoleLeftovers, this.took.toMillis() / 1000.0);
	}

}
