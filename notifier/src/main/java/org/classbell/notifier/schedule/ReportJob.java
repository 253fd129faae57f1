package org.classbell.notifier.schedule;

import java.time.ZoneId;

import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

import org.classbell.notifier.reports.ReportKind;
import org.classbell.notifier.reports.ReportRuns;
import org.classbell.store.SchoolId;
import org.classbell.store.school.Schools;

/**
 * Quartz's job for one school's periodic report: runs the report due on the day the
 * trigger was scheduled for, in the school's time zone (so a run that Quartz recovers
 * after a node died, or fires late, covers the day it was meant for).
 */
public class ReportJob implements Job {

	static final String SCHOOL = "school";

	static final String KIND = "kind";

	private final ReportRuns runs;

	private final Schools schools;

	public ReportJob(ReportRuns runs, Schools schools) {
		this.runs = runs;
		this.schools = schools;
	}

	@Override
	public void execute(JobExecutionContext context) {
		JobDataMap data = context.getMergedJobDataMap();
		SchoolId school = new SchoolId(data.getLong(SCHOOL));
		ReportKind kind = ReportKind.of(data.getString(KIND)).orElseThrow();
		this.schools.find(school).ifPresent((found) -> {
			ZoneId zone = found.timeZone();
			this.runs.scheduled(school, kind, context.getScheduledFireTime().toInstant().atZone(zone).toLocalDate());
		});
	}

}
