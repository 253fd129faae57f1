package org.classbell.app.backups;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz's job for the nightly backup; never two at once in the cluster. What failed is
 * in the backup log and the log; Quartz is not asked to fire it again at once.
 */
@DisallowConcurrentExecution
public class BackupJob implements Job {

	private static final Logger log = LoggerFactory.getLogger(BackupJob.class);

	private final Backups backups;

	public BackupJob(Backups backups) {
		this.backups = backups;
	}

	@Override
	public void execute(JobExecutionContext context) {
		try {
			this.backups.make("scheduled");
		}
		catch (BackupUnderWay ex) {
			log.info("The nightly backup is left out: another backup is being made");
		}
		catch (RuntimeException ex) {
			log.error("BACKUP FAILED: {}", ex.getMessage(), ex);
		}
	}

}
