package org.classbell.store.invite;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

import org.classbell.store.ChatUser;
import org.classbell.store.Messenger;

import org.springframework.stereotype.Repository;

/**
 * Counts wrong invite codes per messenger account, in PostgreSQL so that every node sees
 * the same count: past the limit an account may not try codes (not even a right one)
 * until the period lets it. Each bucket carries when it is full again
 * ({@code expires_at}, milliseconds since the epoch), after which the retention sweep
 * deletes it: a bucket that is gone counts the same as a full one.
 */
@Repository
public class WrongCodes {

	private static final long KEY_BASE = 1L << 60;

	/**
	 * The web console's admin-token form, counted as one account for everyone who types
	 * into it: no messenger account has a negative id.
	 */
	public static final long CONSOLE_ADMIN_TOKEN = -1;

	private static final long MAX_ACCOUNTS = 1L << 56;

	private final ProxyManager<Long> buckets;

	WrongCodes(DataSource dataSource, Clock clock) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.table("rate_limit_bucket")
			.clientClock(new ClockTimeMeter(clock))
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
	}

	/**
	 * Whether the messenger account used up the wrong codes it may try in the period.
	 */
	public boolean blocked(ChatUser user, Limit limit) {
		return blocked(key(user), limit);
	}

	/**
	 * Counts one wrong code of the messenger account.
	 */
	public void count(ChatUser user, Limit limit) {
		count(key(user), limit);
	}

	/**
	 * Whether the account (a messenger's, or {@link #CONSOLE_ADMIN_TOKEN}) used up the
	 * wrong codes it may try in the period.
	 */
	public boolean blocked(long account, Limit limit) {
		return this.buckets.getProxy(KEY_BASE + account, limit::configuration).getAvailableTokens() < 1;
	}

	/**
	 * Counts one wrong code of the account.
	 */
	public void count(long account, Limit limit) {
		this.buckets.getProxy(KEY_BASE + account, limit::configuration).tryConsume(1);
	}

	/**
	 * A MAX account's bucket lies above every Telegram one: Telegram's ids stay below
	 * 2<sup>52</sup>.
	 */
	private static long key(ChatUser user) {
		return (user.messenger() == Messenger.MAX) ? MAX_ACCOUNTS + user.id() : user.id();
	}

	/**
	 * How many wrong codes an account may try in a period.
	 */
	public record Limit(int codes, Duration period) {

		public Limit {
			if (codes < 1 || period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException("A limit of wrong codes is at least one code in a period");
			}
		}

		BucketConfiguration configuration() {
			return BucketConfiguration.builder()
				.addLimit((bandwidth) -> bandwidth.capacity(this.codes).refillGreedy(this.codes, this.period))
				.build();
		}

	}

	/**
	 * Bucket4j's time from the application's clock, so that tests control it.
	 */
	private record ClockTimeMeter(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return this.clock.millis() * 1_000_000L;
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
