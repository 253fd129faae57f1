package org.classbell.app.export;

import java.util.Date;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Quartz's job for the daily journal export; never two at once in the cluster. It exports
 * the day it was due on, so that a run late after midnight (every node was down at the
 * time) still writes the day it missed.
 */
@DisallowConcurrentExecution
public class ExportJob implements Job {

	private final DailyExport export;

	public ExportJob(DailyExport export) {
		this.export = export;
	}

	@Override
	public void execute(JobExecutionContext context) {
		Date due = context.getScheduledFireTime();
		if (due != null) {
			this.export.run(due.toInstant());
		}
		else {
			this.export.run();
		}
	}

}
