package org.classbell.store.cluster;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

import org.springframework.stereotype.Component;

/**
 * Token buckets that every node of a city shares, kept in PostgreSQL
 * ({@code rate_limit_bucket}), such as a provider's limit of requests a second for the
 * whole bot: each take locks the bucket's row for a moment, so that the nodes together
 * stay within it. They run on the system's time, not the application's clock, since they
 * pace real requests to a provider. A bucket unused for longer than it takes to fill
 * expires, and the retention sweep deletes it.
 */
@Component
public class SharedBuckets {

	/**
	 * Keys of shared limits start here, above those of {@code WrongCodes}.
	 */
	public static final long KEY_BASE = 1L << 62;

	private final ProxyManager<Long> buckets;

	SharedBuckets(DataSource dataSource) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.table("rate_limit_bucket")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
	}

	/**
	 * The shared bucket of the key (from {@link #KEY_BASE}), made with the configuration
	 * when it does not exist yet.
	 */
	public Bucket bucket(long key, BucketConfiguration configuration) {
		return this.buckets.getProxy(key, () -> configuration);
	}

}
