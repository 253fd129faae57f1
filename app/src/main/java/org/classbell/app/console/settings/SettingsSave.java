package org.classbell.app.console.settings;

import java.util.List;

import org.quartz.SchedulerException;

import org.classbell.notifier.reports.SchoolCalendar;
import org.classbell.notifier.schedule.ReportSchedules;
import org.classbell.store.Actor;
import org.classbell.store.SchoolId;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.school.SchoolSchedule;
import org.classbell.store.school.Schools;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a checked settings form in one transaction, in the audit log as the viewer's:
 * the settings as {@code PUT /api/settings} writes them, the report times (rescheduled)
 * and the terms, each only where it changed.
 */
@Component
class SettingsSave {

	private final Schools schools;

	private final ReportSchedules schedules;

	private final SchoolCalendar calendar;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	SettingsSave(Schools schools, ReportSchedules schedules, SchoolCalendar calendar, AuditTrail audit,
			PlatformTransactionManager transactions) {
		this.schools = schools;
		this.schedules = schedules;
		this.calendar = calendar;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Writes what changed.
	 */
	void save(SchoolId school, SettingsCheck.Checked checked, Actor actor) {
		this.transactions.executeWithoutResult((status) -> {
			this.audit.actAs(actor);
			this.schools.change(school, checked.settings()::apply, actor);
			SchoolSchedule current = this.schedules.schedule(school).orElseThrow();
			SchoolSchedule wanted = new SchoolSchedule(school, current.zone(), checked.schedule().dailyAt(),
					checked.schedule().weeklyDay(), checked.schedule().weeklyAt(), checked.schedule().monthlyAt(),
					checked.schedule().termAt());
			if (!wanted.equals(current)) {
				try {
					this.schedules.change(wanted);
				}
				catch (SchedulerException ex) {
					throw new IllegalStateException("The report times could not be rescheduled", ex);
				}
			}
			List<SchoolCalendar.Term> terms = checked.terms();
			if (!terms.equals(this.calendar.terms(school))) {
				this.calendar.replaceTerms(school, terms);
			}
		});
	}

}
