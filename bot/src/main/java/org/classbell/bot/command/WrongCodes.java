package org.classbell.bot.command;

import java.time.Clock;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

import org.classbell.bot.BotProperties;

import org.springframework.stereotype.Component;

/**
 * Counts wrong invite codes per Telegram account, in PostgreSQL so that every node sees
 * the same count: past the limit an account may not try codes (not even a right one)
 * until the period lets it.
 */
@Component
class WrongCodes {

	private static final long KEY_BASE = 1L << 60;

	private final ProxyManager<Long> buckets;

	private final Supplier<BucketConfiguration> configuration;

	WrongCodes(DataSource dataSource, BotProperties properties, Clock clock) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.table("rate_limit_bucket")
			.clientClock(new ClockTimeMeter(clock))
			.build();
		BucketConfiguration limit = BucketConfiguration.builder()
			.addLimit((bandwidth) -> bandwidth.capacity(properties.wrongCodes())
				.refillGreedy(properties.wrongCodes(), properties.wrongCodesPeriod()))
			.build();
		this.configuration = () -> limit;
	}

	boolean blocked(long telegramUserId) {
		return this.buckets.getProxy(KEY_BASE + telegramUserId, this.configuration).getAvailableTokens() < 1;
	}

	void count(long telegramUserId) {
		this.buckets.getProxy(KEY_BASE + telegramUserId, this.configuration).tryConsume(1);
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
