package org.classbell.store.backup;

import java.time.Instant;
import java.util.List;

/**
 * One backup in the log: made, failed, or under way.
 *
 * @param id its id
 * @param name the file's name, the same in every directory
 * @param trigger {@code scheduled} or {@code manual}
 * @param node the node that made it
 * @param startedAt when it began
 * @param finishedAt when the file was written or the backup failed; {@code null} while it
 * runs
 * @param status {@code running}, {@code done} or {@code failed}
 * @param schemaVersion the schema version of its rows
 * @param sizeBytes the file's size
 * @param sha256 the file's SHA-256, in hex
 * @param tables how many tables it holds
 * @param totalRows how many rows it holds
 * @param directories the directories it was written to
 * @param failures the directories it could not be written to, each with the reason
 * @param verified whether a restore of it into a scratch database gave the same rows;
 * {@code null} until tried
 * @param verifiedAt when that restore finished
 * @param verifyMillis how long that restore took
 * @param error why the backup, or its restore, failed
 */
public record BackupRecord(long id, String name, String trigger, String node, Instant startedAt, Instant finishedAt,
		String status, String schemaVersion, Long sizeBytes, String sha256, Integer tables, Long totalRows,
		List<String> directories, List<String> failures, Boolean verified, Instant verifiedAt, Long verifyMillis,
		String error) {

	public BackupRecord {
		directories = List.copyOf(directories);
		failures = List.copyOf(failures);
	}

	public boolean isVerified() {
		return Boolean.TRUE.equals(this.verified);
	}

	public boolean isFailed() {
		return "failed".equals(this.status) || Boolean.FALSE.equals(this.verified);
	}

}
