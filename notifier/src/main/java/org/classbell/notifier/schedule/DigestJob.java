package org.classbell.notifier.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import org.classbell.notifier.reports.Digests;

/**
 * Quartz's job for the end-of-day digests: a round every few minutes makes the digests
 * that fell due.
 */
@DisallowConcurrentExecution
public class DigestJob implements Job {

	private final Digests digests;

	public DigestJob(Digests digests) {
		this.digests = digests;
	}

	@Override
	public void execute(JobExecutionContext context) {
		this.digests.round();
	}

}
