package org.classbell.app.backups;

import java.time.Clock;
import java.time.ZoneId;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.app.scheduling.DailyJob;
import org.classbell.app.school.DefaultSchool;
import org.classbell.notifier.reports.ReportProperties;
import org.classbell.store.school.SchoolSettingsChanged;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the nightly backup in Quartz at {@code classbell.backup.at} in the default
 * school's time zone, so that one node of a city makes it. Nodes that keep the report
 * schedules ({@code classbell.reports.scheduled}) keep this one too.
 */
@Component
class BackupSchedule {

	static final DailyJob DAILY = new DailyJob("backup", BackupJob.class,
			"Backs the database up to every backup directory and checks that the backup restores");

	private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

	private final Scheduler scheduler;

	private final BackupProperties properties;

	private final Backups backups;

	private final DefaultSchool school;

	private final boolean scheduled;

	private final Clock clock;

	private final TransactionTemplate transactions;

	BackupSchedule(Scheduler scheduler, BackupProperties properties, Backups backups, DefaultSchool school,
			ReportProperties reports, Clock clock, PlatformTransactionManager transactions) {
		this.scheduler = scheduler;
		this.properties = properties;
		this.backups = backups;
		this.school = school;
		this.scheduled = reports.scheduled();
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() throws SchedulerException {
		if (this.scheduled) {
			sync();
		}
	}

	/**
	 * Moves the backup when the school's time zone changes.
	 */
	@EventListener
	void onSettingsChanged(SchoolSettingsChanged changed) throws SchedulerException {
		if (changed.timeZoneChanged() && this.scheduled) {
			sync();
		}
	}

	void sync() throws SchedulerException {
		ZoneId zone = this.school.get().timeZone();
		DAILY.sync(this.scheduler, this.transactions, this.properties.at(), zone, this.clock.instant());
		log.info("Backups: nightly at {} ({}) to {}, keeping {}", this.properties.at(), zone,
				this.backups.directories(), this.properties.keep());
	}

}
