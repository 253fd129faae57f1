package org.classbell.app.backups;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.classbell.store.backup.BackupRecord;

/**
 * A backup as {@code GET /api/backups} lists it.
 *
 * @param file the file's name, the same in every directory
 * @param status {@code running}, {@code done} or {@code failed}
 * @param trigger {@code scheduled} or {@code manual}
 * @param node the node that made it
 * @param startedAt when it began
 * @param finishedAt when it was written, or failed
 * @param seconds how long writing it took
 * @param directories the directories that hold it
 * @param failures the directories that could not be written, each with why
 * @param size the file's size in bytes
 * @param checksum the file's SHA-256, in hex, as in the {@code .sha256} file beside it
 * @param schemaVersion the schema version of its rows
 * @param tables how many tables it holds
 * @param rows how many rows it holds
 * @param verified whether a restore of it into a scratch database gave the same rows;
 * {@code null} until checked
 * @param verifiedAt when that check finished
 * @param verifySeconds how long that check took
 * @param error why the backup or its check failed
 */
record BackupRow(String file, String status, String trigger, String node, Instant startedAt, Instant finishedAt,
		Double seconds, List<String> directories, List<String> failures, Long size, String checksum,
		String schemaVersion, Integer tables, Long rows, Boolean verified, Instant verifiedAt, Double verifySeconds,
		String error) {

	static BackupRow of(BackupRecord backup) {
		return new BackupRow(backup.name(), backup.status(), backup.trigger(), backup.node(), backup.startedAt(),
				backup.finishedAt(),
				(backup.finishedAt() != null)
						? Duration.between(backup.startedAt(), backup.finishedAt()).toMillis() / 1000.0 : null,
				backup.directories(), backup.failures(), backup.sizeBytes(), backup.sha256(), backup.schemaVersion(),
				backup.tables(), backup.totalRows(), backup.verified(), backup.verifiedAt(),
				(backup.verifyMillis() != null) ? backup.verifyMillis() / 1000.0 : null, backup.error());
	}

}
