package org.classbell.app.backups;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.classbell.store.backup.BackupLog;
import org.classbell.store.backup.BackupRecord;

import org.springframework.stereotype.Component;

/**
 * {@code classbell_backup_last_verified_age_seconds}: the seconds since the last backup
 * whose restore was verified; NaN before the first. Read from the backup log at most
 * every 15 seconds, however often it is scraped.
 */
@Component
class BackupMetrics implements MeterBinder {

	static final Duration FRESH = Duration.ofSeconds(15);

	private final BackupLog backupLog;

	private final Clock clock;

	private Instant readAt = Instant.MIN;

	private Instant lastVerified;

	BackupMetrics(BackupLog backupLog, Clock clock) {
		this.backupLog = backupLog;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("classbell.backup.last.verified.age", this, BackupMetrics::age)
			.baseUnit("seconds")
			.description("Seconds since the last backup whose restore was verified")
			.register(registry);
	}

	synchronized double age() {
		Instant now = this.clock.instant();
		if (this.readAt.plus(FRESH).isBefore(now) || this.readAt.isAfter(now)) {
			this.lastVerified = this.backupLog.lastVerified().map(BackupRecord::verifiedAt).orElse(null);
			this.readAt = now;
		}
		return (this.lastVerified != null) ? Duration.between(this.lastVerified, now).toMillis() / 1000.0 : Double.NaN;
	}

}
