package org.classbell.store.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.store.Actor;
import org.classbell.store.Timestamps;
import org.classbell.store.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention sweep: blanks the texts of old messages, deletes old audit log rows and
 * forgets the bookkeeping that has served its purpose. Each kind goes in short
 * transactions of at most {@code classbell.retention.batch-size} rows, so that the tables
 * are never locked for long; rows another transaction holds are skipped and swept the
 * next time. Running it again at once, or on two nodes at once, does no harm.
 */
@Component
public class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	/**
	 * How long the ids of handled Telegram updates are kept. Telegram keeps an update it
	 * could not deliver for 24 hours and redelivers it until a client confirms it; after
	 * that the id can never come again. A week leaves room for a node whose clock is off,
	 * and for looking into a weekend's trouble; at a city's volume it is a few megabytes.
	 */
	static final Duration KEEP_TELEGRAM_UPDATES = Duration.ofDays(7);

	/**
	 * How long the ids of SMS from parents are kept: Twilio posts a message again within
	 * hours when it thinks the first post failed.
	 */
	static final Duration KEEP_INBOUND_SMS = Duration.ofDays(7);

	/**
	 * How long an invite code is kept after it expired, used or not. For a month a parent
	 * who types a code from an old invite sheet is told it expired (or was used) and to
	 * ask the class teacher for a new one, rather than that no such code exists. Used
	 * codes go too: the link they made is kept in {@code chat_link}, and the audit log
	 * has the redemption.
	 */
	static final Duration KEEP_EXPIRED_INVITES = Duration.ofDays(30);

	/** How long the console's expired login links and unimported uploads are kept. */
	static final Duration KEEP_CONSOLE_LEFTOVERS = Duration.ofDays(1);

	/** Invite codes are audited: their deletion is recorded as the sweep's. */
	private static final Actor SWEEP = new Actor("retention");

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	private final RetentionProperties properties;

	private final Clock clock;

	Retention(JdbcClient jdbc, PlatformTransactionManager transactions, AuditTrail audit,
			RetentionProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Sweeps every kind, and logs what went.
	 */
	public Swept run() {
		long started = System.nanoTime();
		Swept swept = new Swept(blankMessageBodies(), deleteAuditLog(), forgetTelegramUpdates(), forgetInboundSms(),
				deleteExpiredInviteCodes(), deleteExpiredChoices(), deleteStaleRateLimits(), forgetConsoleLeftovers(),
				Duration.ofNanos(System.nanoTime() - started));
		log.info("Retention: {}", swept.describe());
		return swept;
	}

	/**
	 * Blanks the text (and the SMS form) of messages written longer ago than
	 * {@code classbell.retention.message-bodies} that are done with: sent, delivered,
	 * failed or cancelled. A queued message, or one being sent, keeps its text however
	 * old it is. The rest of the row (to whom, by which channel, when, how it went) stays
	 * for the delivery figures. The texts of the messages parents and class teachers
	 * relayed each other go after the same time.
	 * @return how many messages were blanked
	 */
	public long blankMessageBodies() {
		OffsetDateTime before = Timestamps.of(before(this.properties.messageBodies()));
		// the partial index notification_text_kept (V12) holds the messages with a text,
		// oldest first: each batch reads its rows and no others
		return inBatches("""
				update notification set body = '', sms_body = null
				where id = any(array(
				    select id from notification
				    where (body <> '' or sms_body is not null) and created_at < ?
				      and status in ('sent', 'delivered', 'failed', 'cancelled')
				    order by created_at limit ? for update skip locked))
				""", before) + inBatches("""
				update relay_message set body = ''
				where id = any(array(
				    select id from relay_message where body <> '' and created_at < ?
				    order by created_at limit ? for update skip locked))
				""", before);
	}

	/**
	 * Deletes audit log rows written longer ago than
	 * {@code classbell.retention.audit-log}.
	 * @return how many rows were deleted
	 */
	public long deleteAuditLog() {
		return inBatches("""
				delete from audit_log
				where id = any(array(
				    select id from audit_log where at < ? order by at limit ? for update skip locked))
				""", Timestamps.of(before(this.properties.auditLog())));
	}

	/**
	 * Forgets the ids of messenger updates handled more than a week ago.
	 * @return how many were forgotten
	 */
	public long forgetTelegramUpdates() {
		return inBatches("""
				delete from chat_update
				where (messenger, update_id) in (
				    select messenger, update_id from chat_update where handled_at < ?
				    order by handled_at limit ? for update skip locked)
				""", Timestamps.of(this.clock.instant().minus(KEEP_TELEGRAM_UPDATES)));
	}

	/**
	 * Forgets the ids of SMS from parents received more than a week ago.
	 * @return how many were forgotten
	 */
	public long forgetInboundSms() {
		return inBatches("""
				delete from inbound_sms
				where message_sid = any(array(
				    select message_sid from inbound_sms where received_at < ?
				    order by received_at limit ? for update skip locked))
				""", Timestamps.of(this.clock.instant().minus(KEEP_INBOUND_SMS)));
	}

	/**
	 * Deletes invite codes that expired more than 30 days ago, used or not.
	 * @return how many were deleted
	 */
	public long deleteExpiredInviteCodes() {
		return inBatches("""
				delete from invite_code
				where id = any(array(
				    select id from invite_code where expires_at < ? limit ? for update skip locked))
				""", Timestamps.of(this.clock.instant().minus(KEEP_EXPIRED_INVITES)));
	}

	/**
	 * Deletes the choices the bot offered that expired unanswered.
	 * @return how many were deleted
	 */
	public long deleteExpiredChoices() {
		return inBatches("""
				delete from bot_pending
				where id = any(array(
				    select id from bot_pending where expires_at <= ? limit ? for update skip locked))
				""", Timestamps.of(this.clock.instant()));
	}

	/**
	 * Deletes the rate-limit buckets (such as an account's wrong invite codes) that are
	 * full again: one that is gone counts the same as a full one. Bucket4j writes
	 * {@code expires_at} as milliseconds since the epoch, by the system clock (which the
	 * application's clock is outside tests); a row with neither state nor expiry is one
	 * Bucket4j began and never filled.
	 * @return how many were deleted
	 */
	public long deleteStaleRateLimits() {
		return inBatches("""
				delete from rate_limit_bucket
				where id = any(array(
				    select id from rate_limit_bucket
				    where expires_at < ? or (expires_at is null and state is null)
				    limit ? for update skip locked))
				""", this.clock.millis());
	}

	/**
	 * Forgets the console's one-time login links that expired, used or not, and files
	 * uploaded for an import that were left unimported, a day after.
	 * @return how many links and files were forgotten
	 */
	public long forgetConsoleLeftovers() {
		OffsetDateTime dayAgo = Timestamps.of(this.clock.instant().minus(KEEP_CONSOLE_LEFTOVERS));
		return inBatches("""
				delete from console_login
				where id = any(array(
				    select id from console_login where expires_at < ? limit ? for update skip locked))
				""", dayAgo) + inBatches("""
				delete from console_upload
				where id = any(array(
				    select id from console_upload where created_at < ? limit ? for update skip locked))
				""", dayAgo);
	}

	private Instant before(Period kept) {
		// a calendar period (3y) goes back from the date; an Instant knows no years
		return this.clock.instant().atZone(ZoneOffset.UTC).minus(kept).toInstant();
	}

	/**
	 * Runs the statement, which changes at most a batch of the rows before the limit it
	 * is given, in a transaction of its own until it changes less than a batch. Each
	 * statement selects a batch's keys first and changes the rows by them
	 * ({@code = any(array(...))}), which PostgreSQL looks up in the primary key; with
	 * {@code in (...)} it joined the batch against the whole table, for every batch.
	 */
	private long inBatches(String sql, Object limit) {
		int batch = this.properties.batchSize();
		long total = 0;
		int changed;
		do {
			changed = Objects.requireNonNull(this.transactions.execute((status) -> {
				this.audit.actAs(SWEEP);
				return this.jdbc.sql(sql).params(limit, batch).update();
			}));
			total += changed;
		}
		while (changed == batch);
		return total;
	}

}
