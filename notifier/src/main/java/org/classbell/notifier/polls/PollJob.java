package org.classbell.notifier.polls;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Quartz's job that closes the polls whose time has come, every half minute.
 */
@DisallowConcurrentExecution
public class PollJob implements Job {

	private final PollClosing closing;

	public PollJob(PollClosing closing) {
		this.closing = closing;
	}

	@Override
	public void execute(JobExecutionContext context) {
		this.closing.round();
	}

}
