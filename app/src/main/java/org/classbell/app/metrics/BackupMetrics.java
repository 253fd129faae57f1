package org.classbell.app.metrics;

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
 * whose restore was verified; NaN before the first. Every node of a city reports the same
 * value.
 */
@Component
class BackupMetrics implements MeterBinder {

	private final Reading<Instant> lastVerified;

	private final Clock clock;

	BackupMetrics(BackupLog backups, Clock clock) {
		this.lastVerified = new Reading<>("the backup log", Reading.FRESH,
				(now) -> backups.lastVerified().map(BackupRecord::verifiedAt).orElse(null), clock);
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("classbell.backup.last.verified.age", this, BackupMetrics::age)
			.baseUnit("seconds")
			.description("Seconds since the last backup whose restore was verified; NaN before the first")
			.register(registry);
	}

	double age() {
		return this.lastVerified.get()
			.map((at) -> Duration.between(at, this.clock.instant()).toMillis() / 1000.0)
			.orElse(Double.NaN);
	}

}
