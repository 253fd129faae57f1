package org.classbell.app.scheduling;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;

import org.classbell.store.school.SchoolSettingsChanged;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a {@link DailyJob} in Quartz at its time in the default school's time zone: made
 * when a node that keeps the schedules ({@code classbell.reports.scheduled}) starts,
 * moved when the school's time zone changes, taken out when the job is off.
 */
public abstract class DailySchedule {

	private final DailyJob job;

	private final Scheduler scheduler;

	private final Supplier<ZoneId> zone;

	private final boolean scheduled;

	private final Clock clock;

	private final TransactionTemplate transactions;

	/**
	 * @param zone the school's time zone, asked when the schedule syncs
	 * @param scheduled whether this node keeps the schedules
	 */
	protected DailySchedule(DailyJob job, Scheduler scheduler, Supplier<ZoneId> zone, boolean scheduled, Clock clock,
			PlatformTransactionManager transactions) {
		this.job = job;
		this.scheduler = scheduler;
		this.zone = zone;
		this.scheduled = scheduled;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	@EventListener(ApplicationReadyEvent.class)
	public void onReady() throws SchedulerException {
		if (this.scheduled) {
			sync();
		}
	}

	/**
	 * Moves the job when the school's time zone changes.
	 */
	@EventListener
	public void onSettingsChanged(SchoolSettingsChanged changed) throws SchedulerException {
		if (changed.timeZoneChanged() && this.scheduled) {
			sync();
		}
	}

	/**
	 * Schedules the job at its time, moves it there, or takes it out when it is off.
	 */
	public void sync() throws SchedulerException {
		ZoneId zone = this.zone.get();
		Optional<LocalTime> at = at();
		if (at.isPresent()) {
			this.job.sync(this.scheduler, this.transactions, at.get(), zone, this.clock.instant());
		}
		else {
			this.job.unschedule(this.scheduler, this.transactions);
		}
		synced(at, zone);
	}

	protected boolean scheduled() {
		return this.scheduled;
	}

	/**
	 * When the job runs each day; empty when it is off.
	 */
	protected abstract Optional<LocalTime> at();

	/**
	 * Says in the log when the job runs now, or that it is off.
	 */
	protected abstract void synced(Optional<LocalTime> at, ZoneId zone);

}
