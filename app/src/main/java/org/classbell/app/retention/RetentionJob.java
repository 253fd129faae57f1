package org.classbell.app.retention;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import org.classbell.store.retention.Retention;

/**
 * Quartz's job for the nightly retention sweep; never two at once in the cluster.
 */
@DisallowConcurrentExecution
public class RetentionJob implements Job {

	private final Retention retention;

	public RetentionJob(Retention retention) {
		this.retention = retention;
	}

	@Override
	public void execute(JobExecutionContext context) {
		this.retention.run();
	}

}
