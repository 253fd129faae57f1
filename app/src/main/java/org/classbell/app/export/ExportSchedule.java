package org.classbell.app.export;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.app.scheduling.DailyJob;
import org.classbell.app.school.DefaultSchool;
import org.classbell.notifier.reports.ReportProperties;
import org.classbell.store.school.SchoolSettingsChanged;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the daily journal export in Quartz: one job and one cron trigger at
 * {@code classbell.export.at} in the default school's time zone, in the clustered job
 * store, so that it fires on one node of a city. Nodes that keep the report schedules
 * ({@code classbell.reports.scheduled}) keep this one too; without an export directory
 * there is no job, and the log says the export is off.
 */
@Component
class ExportSchedule {

	private static final DailyJob DAILY = new DailyJob("journal-export", ExportJob.class,
			"Writes the day's journal of every class as CSV for the regional portal");

	static final JobKey JOB = DAILY.jobKey();

	static final TriggerKey TRIGGER = DAILY.triggerKey();

	private static final Logger log = LoggerFactory.getLogger(ExportSchedule.class);

	private final Scheduler scheduler;

	private final ExportProperties export;

	private final Supplier<ZoneId> zone;

	private final boolean scheduled;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final Supplier<String> directoryProblem;

	@Autowired
	ExportSchedule(Scheduler scheduler, ExportProperties export, DefaultSchool school, ReportProperties reports,
			Clock clock, PlatformTransactionManager transactions, DailyExport daily) {
		this(scheduler, export, () -> school.get().timeZone(), reports, clock, transactions, daily::problem);
	}

	/**
	 * A schedule in the zone the supplier gives when it syncs.
	 */
	ExportSchedule(Scheduler scheduler, ExportProperties export, Supplier<ZoneId> zone, ReportProperties reports,
			Clock clock, PlatformTransactionManager transactions, Supplier<String> directoryProblem) {
		this.scheduler = scheduler;
		this.export = export;
		this.zone = zone;
		this.scheduled = reports.scheduled();
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
		this.directoryProblem = directoryProblem;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() throws SchedulerException {
		if (this.scheduled) {
			sync();
		}
		else if (!this.export.enabled()) {
			log.info(off());
		}
		else {
			log.info("Journal export: into {} ({}), run by the nodes that keep the schedules, not this one "
					+ "(CLASSBELL_REPORTS_SCHEDULED=false)", directory(), this.export.encoding());
		}
		String problem = this.directoryProblem.get();
		if (problem != null) {
			log.warn("Journal export: cannot write the export directory now ({}); the daily export fails until it can",
					problem);
		}
	}

	/**
	 * Moves the export when the school's time zone changes.
	 */
	@EventListener
	void onSettingsChanged(SchoolSettingsChanged changed) throws SchedulerException {
		if (changed.timeZoneChanged() && this.scheduled && this.export.enabled()) {
			sync();
		}
	}

	/**
	 * Schedules the export, moves it to a changed time, or takes it out when the export
	 * is off.
	 */
	void sync() throws SchedulerException {
		if (this.export.enabled()) {
			DAILY.sync(this.scheduler, this.transactions, this.export.at(), this.zone.get(), this.clock.instant());
			log.info("Journal export: daily at {} ({}) into {}, {}", this.export.at(), this.zone.get(), directory(),
					this.export.encoding());
		}
		else {
			DAILY.unschedule(this.scheduler, this.transactions);
			log.info(off());
		}
	}

	/**
	 * The export's trigger: every day at the time in the zone, and once, late, when every
	 * node was down at the time.
	 */
	static Trigger trigger(LocalTime at, ZoneId zone, Instant from) {
		return DAILY.trigger(at, zone, from);
	}

	private String directory() {
		return this.export.dir().toAbsolutePath().normalize().toString();
	}

	private static String off() {
		return "Journal export: off (set CLASSBELL_EXPORT_DIR to write each day's journal for the regional portal)";
	}

}
