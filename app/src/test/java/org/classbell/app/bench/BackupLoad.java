package org.classbell.app.bench;

import java.io.PrintStream;
import java.util.Locale;

import org.classbell.app.backups.Backups;
import org.classbell.store.backup.BackupRecord;

/**
 * One night's backup of the city, after the other phases, as the nightly job makes it:
 * the snapshot written to the backup directory, then its restore check, which restores it
 * into a scratch database on the same server and counts the rows. The restore check is
 * the time a restore of the city takes.
 */
final class BackupLoad {

	private final Node node;

	private final PrintStream out;

	BackupLoad(Node node, PrintStream out) {
		this.node = node;
		this.out = out;
	}

	Results.Backup run() {
		say("Backing the city up, and restoring the backup into a scratch database to check it…");
		Cpu cpu = Cpu.now();
		BackupRecord backup = this.node.bean(Backups.class).make("manual");
		cpu = Cpu.now().since(cpu);
		if (!backup.isVerified()) {
			throw new IllegalStateException("The city's backup failed: " + backup.error());
		}
		Results.Backup result = new Results.Backup(
				(backup.finishedAt().toEpochMilli() - backup.startedAt().toEpochMilli()) / 1000.0, backup.sizeBytes(),
				backup.totalRows(), backup.verifyMillis() / 1000.0, cpu);
		say("Backup: %,d rows in %.1f s, %,.1f MB; restored and checked in %.1f s", result.rows(), result.seconds(),
				result.bytes() / 1e6, result.restoreSeconds());
		return result;
	}

	private void say(String format, Object... args) {
		this.out.printf(Locale.ROOT, format + "%n", args);
		this.out.flush();
	}

}
