package org.classbell.app.export;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.app.scheduling.DailyJob;
import org.classbell.app.scheduling.DailySchedule;
import org.classbell.app.school.DefaultSchool;
import org.classbell.notifier.reports.ReportProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Keeps the daily journal export in Quartz: one job and one cron trigger at
 * {@code classbell.export.at} in the default school's time zone, in the clustered job
 * store, so that it fires on one node of a city. Nodes that keep the report schedules
 * ({@code classbell.reports.scheduled}) keep this one too; without an export directory
 * there is no job, and the log says the export is off.
 */
@Component
class ExportSchedule extends DailySchedule {

	private static final DailyJob DAILY = new DailyJob("journal-export", ExportJob.class,
			"Writes the day's journal of every class as CSV for the regional portal");

	static final JobKey JOB = DAILY.jobKey();

	static final TriggerKey TRIGGER = DAILY.triggerKey();

	private static final Logger log = LoggerFactory.getLogger(ExportSchedule.class);

	private final ExportProperties export;

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
		super(DAILY, scheduler, zone, reports.scheduled(), clock, transactions);
		this.export = export;
		this.directoryProblem = directoryProblem;
	}

	@Override
	public void onReady() throws SchedulerException {
		super.onReady();
		if (!scheduled() && this.export.enabled()) {
			log.info("Journal export: into {} ({}), run by the nodes that keep the schedules, not this one "
					+ "(CLASSBELL_REPORTS_SCHEDULED=false)", directory(), this.export.encoding());
		}
		else if (!scheduled()) {
			log.info(off());
		}
		String problem = this.directoryProblem.get();
		if (problem != null) {
			log.warn("Journal export: cannot write the export directory now ({}); the daily export fails until it can",
					problem);
		}
	}

	/**
	 * The export's time; none when the export is off (no directory), which takes the job
	 * out.
	 */
	@Override
	protected Optional<LocalTime> at() {
		return this.export.enabled() ? Optional.of(this.export.at()) : Optional.empty();
	}

	@Override
	protected void synced(Optional<LocalTime> at, ZoneId zone) {
		if (at.isPresent()) {
			log.info("Journal export: daily at {} ({}) into {}, {}", at.get(), zone, directory(),
					this.export.encoding());
		}
		else {
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
