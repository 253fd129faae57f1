package org.classbell.app.backups;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import org.quartz.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.app.scheduling.DailyJob;
import org.classbell.app.scheduling.DailySchedule;
import org.classbell.app.school.DefaultSchool;
import org.classbell.notifier.reports.ReportProperties;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Keeps the nightly backup in Quartz at {@code classbell.backup.at} in the default
 * school's time zone, so that one node of a city makes it. Nodes that keep the report
 * schedules ({@code classbell.reports.scheduled}) keep this one too.
 */
@Component
class BackupSchedule extends DailySchedule {

	static final DailyJob DAILY = new DailyJob("backup", BackupJob.class,
			"Backs the database up to every backup directory and checks that the backup restores");

	private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

	private final BackupProperties properties;

	private final Backups backups;

	BackupSchedule(Scheduler scheduler, BackupProperties properties, Backups backups, DefaultSchool school,
			ReportProperties reports, Clock clock, PlatformTransactionManager transactions) {
		super(DAILY, scheduler, () -> school.get().timeZone(), reports.scheduled(), clock, transactions);
		this.properties = properties;
		this.backups = backups;
	}

	@Override
	protected Optional<LocalTime> at() {
		return Optional.of(this.properties.at());
	}

	@Override
	protected void synced(Optional<LocalTime> at, ZoneId zone) {
		log.info("Backups: nightly at {} ({}) to {}, keeping {}", this.properties.at(), zone,
				this.backups.directories(), this.properties.keep());
	}

}
