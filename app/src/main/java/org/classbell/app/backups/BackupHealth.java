package org.classbell.app.backups;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.store.backup.BackupLog;
import org.classbell.store.backup.BackupRecord;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code backups} component of {@code /actuator/health}: DOWN when the last backup
 * failed (no directory holds it, or its restore check failed), or the last verified one
 * is older than twice the interval between backups (two days). A new installation, an
 * upgraded one (from the version that brought backups) or a restored one has two days for
 * its first. Going DOWN is logged at ERROR.
 */
@Component("backupsHealthIndicator")
public class BackupHealth implements HealthIndicator {

	/** How often backups are made. */
	static final Duration INTERVAL = Duration.ofDays(1);

	private static final Logger log = LoggerFactory.getLogger(BackupHealth.class);

	private final BackupLog backupLog;

	private final Clock clock;

	private final AtomicReference<Status> last = new AtomicReference<>(Status.UNKNOWN);

	BackupHealth(BackupLog backupLog, Clock clock) {
		this.backupLog = backupLog;
		this.clock = clock;
	}

	@Override
	public Health health() {
		Health health = assess();
		Status before = this.last.getAndSet(health.getStatus());
		if (Status.DOWN.equals(health.getStatus()) && !Status.DOWN.equals(before)) {
			log.error("BACKUPS ARE DOWN: {}", health.getDetails().get("reason"));
		}
		return health;
	}

	/**
	 * The same verdict as {@link #health()}, without logging a change: for pages that
	 * show it.
	 */
	public Health assess() {
		Instant now = this.clock.instant();
		Duration limit = INTERVAL.multipliedBy(2);
		Optional<BackupRecord> verified = this.backupLog.lastVerified();
		Optional<BackupRecord> finished = this.backupLog.lastFinished();
		Health.Builder health = Health.up();
		verified.ifPresent((backup) -> health.withDetail("lastVerified", backup.name())
			.withDetail("lastVerifiedAt", backup.verifiedAt()));
		if (finished.isPresent() && finished.get().isFailed()) {
			BackupRecord failed = finished.get();
			return health.down()
				.withDetail("lastFailed", failed.name())
				.withDetail("reason", "the last backup, " + failed.name() + ", failed: " + failed.error())
				.build();
		}
		if (verified.isPresent()) {
			Duration age = Duration.between(verified.get().verifiedAt(), now);
			if (age.compareTo(limit) > 0) {
				return health.down()
					.withDetail("reason",
							"the last verified backup, " + verified.get().name() + ", is " + age.toHours()
									+ " hours old")
					.build();
			}
			return health.build();
		}
		Optional<Instant> since = this.backupLog.backupsSince();
		if (since.isPresent() && Duration.between(since.get(), now).compareTo(limit) <= 0) {
			return health.withDetail("reason", "no backup yet").build();
		}
		return health.down().withDetail("reason", "no backup has been verified").build();
	}

}
