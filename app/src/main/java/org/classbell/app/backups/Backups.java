package org.classbell.app.backups;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.app.school.DefaultSchool;
import org.classbell.store.ClassBellHome;
import org.classbell.store.backup.BackupLog;
import org.classbell.store.backup.BackupManifest;
import org.classbell.store.backup.BackupRecord;
import org.classbell.store.backup.Checksums;
import org.classbell.store.backup.RestoreChecks;
import org.classbell.store.backup.Snapshots;
import org.classbell.store.cluster.Leadership;

import org.springframework.stereotype.Component;

/**
 * Makes a backup: one snapshot of the database, written at once to every backup
 * directory, then restored into a scratch database to prove it restores, then the
 * directories pruned to what {@code classbell.backup.keep} keeps. One backup at a time in
 * a city: the node making one holds a PostgreSQL advisory lock, and another asked
 * meanwhile is refused. A directory that cannot be written fails alone; every outcome is
 * in the backup log and, when something failed, in the log at ERROR.
 */
@Component
public class Backups {

	private static final Logger log = LoggerFactory.getLogger(Backups.class);

	private static final String NODE = node();

	private final Snapshots snapshots;

	private final BackupLog backupLog;

	private final Leadership leadership;

	private final RestoreChecks restoreCheck;

	private final BackupProperties properties;

	private final ClassBellHome home;

	private final DefaultSchool school;

	private final Clock clock;

	Backups(Snapshots snapshots, BackupLog backupLog, Leadership leadership, RestoreChecks restoreCheck,
			BackupProperties properties, ClassBellHome home, DefaultSchool school, Clock clock) {
		this.snapshots = snapshots;
		this.backupLog = backupLog;
		this.leadership = leadership;
		this.restoreCheck = restoreCheck;
		this.properties = properties;
		this.home = home;
		this.school = school;
		this.clock = clock;
	}

	/**
	 * The directories each backup is written to.
	 */
	public List<Path> directories() {
		return this.properties.dirs().isEmpty() ? List.of(this.home.resolve("backups").toAbsolutePath().normalize())
				: this.properties.dirs().stream().map((dir) -> dir.toAbsolutePath().normalize()).toList();
	}

	/**
	 * Makes a backup now, and answers when it is written, checked and pruned.
	 * @param trigger {@code scheduled} or {@code manual}
	 * @return what the backup log says of it
	 * @throws BackupUnderWay when another backup is being made
	 */
	public BackupRecord make(String trigger) {
		Optional<Leadership.Lead> lead = this.leadership.tryLead("classbell.backup", "backup");
		if (lead.isEmpty()) {
			throw new BackupUnderWay();
		}
		try (Leadership.Lead held = lead.get()) {
			return makeAlone(trigger);
		}
	}

	private BackupRecord makeAlone(String trigger) {
		Instant started = this.clock.instant();
		int interrupted = this.backupLog.interrupted(started);
		if (interrupted > 0) {
			log.warn("{} earlier backup(s) never finished: the node making them stopped or died", interrupted);
		}
		BackupName name = freeName(started);
		long id = this.backupLog.start(name.fileName(), trigger, NODE, started);
		List<String> failures = new ArrayList<>();
		List<BackupDirectory.Writing> writing = new ArrayList<>();
		for (Path path : directories()) {
			BackupDirectory directory = new BackupDirectory(path);
			try {
				directory.prepare();
				writing.add(directory.write(name));
			}
			catch (IOException | RuntimeException ex) {
				failures.add(directory + ": " + reason(ex));
			}
		}
		if (writing.isEmpty()) {
			return failed(id, name, "no backup directory could be written", failures);
		}
		FanOut<BackupDirectory.Writing> files = new FanOut<>(writing);
		MessageDigest digest = Checksums.sha256();
		BackupManifest manifest;
		try (OutputStream out = new DigestOutputStream(files, digest)) {
			manifest = this.snapshots.write(out);
			out.flush();
		}
		catch (IOException | RuntimeException ex) {
			files.writing().forEach(BackupDirectory.Writing::abandon);
			files.failed().forEach((target, failure) -> failures.add(target.directory() + ": " + reason(failure)));
			String error = (ex instanceof IOException) ? "no backup directory could be written"
					: "the database could not be read: " + ex.getMessage();
			return failed(id, name, error, failures);
		}
		files.failed().forEach((target, failure) -> failures.add(target.directory() + ": " + reason(failure)));
		String sha256 = Checksums.hex(digest);
		List<Path> written = new ArrayList<>();
		List<BackupDirectory> directories = new ArrayList<>();
		for (BackupDirectory.Writing target : files.writing()) {
			try {
				written.add(target.complete(sha256));
				directories.add(target.directory());
			}
			catch (IOException ex) {
				target.abandon();
				failures.add(target.directory() + ": " + reason(ex));
			}
		}
		if (written.isEmpty()) {
			return failed(id, name, "no backup directory could be written", failures);
		}
		long size = size(written.get(0));
		this.backupLog.written(id, this.clock.instant(), manifest, size, sha256,
				directories.stream().map(BackupDirectory::toString).toList(), failures);
		log.info("Backup {} written to {}: {} bytes, {} rows of {} tables, in {} ms", name, directories, size,
				manifest.totalRows(), manifest.tables().size(), this.clock.millis() - started.toEpochMilli());
		if (!failures.isEmpty()) {
			log.error("BACKUP INCOMPLETE: {} could not be written to {}", name, failures);
		}
		if (check(id, name, written.get(0), manifest)) {
			prune(directories, name);
		}
		return this.backupLog.find(id).orElseThrow();
	}

	/**
	 * Restores the backup into a scratch database and records how that went.
	 * @return whether it gave the same rows; older backups are pruned only then
	 */
	private boolean check(long id, BackupName name, Path file, BackupManifest manifest) {
		long started = this.clock.millis();
		Optional<String> failed = this.restoreCheck.check(file, manifest);
		long took = this.clock.millis() - started;
		this.backupLog.verified(id, this.clock.instant(), took, failed.orElse(null));
		if (failed.isPresent()) {
			log.error("BACKUP NOT VERIFIED: the restore check of {} failed: {}; older backups are kept", name,
					failed.get());
			return false;
		}
		log.info("Backup {} verified: restored into a scratch database with the same rows, in {} ms", name, took);
		return true;
	}

	private void prune(List<BackupDirectory> directories, BackupName justWritten) {
		for (BackupDirectory directory : directories) {
			try {
				List<BackupName> deleted = directory.prune(this.properties.keep(), justWritten);
				if (!deleted.isEmpty()) {
					log.info("Deleted {} old backup(s) from {}, keeping {}: {}", deleted.size(), directory,
							this.properties.keep(), deleted);
				}
			}
			catch (IOException ex) {
				log.warn("Could not delete old backups from {}: {}", directory, reason(ex));
			}
		}
	}

	private BackupRecord failed(long id, BackupName name, String error, List<String> failures) {
		this.backupLog.failed(id, this.clock.instant(), error, failures);
		log.error("BACKUP FAILED: {}: {}; {}", name, error, failures);
		return this.backupLog.find(id).orElseThrow();
	}

	/**
	 * A name no backup has: the time in the school's zone, to the second.
	 */
	private BackupName freeName(Instant now) {
		BackupName name = new BackupName(
				LocalDateTime.ofInstant(now, this.school.get().timeZone()).truncatedTo(ChronoUnit.SECONDS), 1);
		while (taken(name)) {
			name = name.next();
		}
		return name;
	}

	private boolean taken(BackupName name) {
		return this.backupLog.exists(name.fileName())
				|| directories().stream().anyMatch((path) -> new BackupDirectory(path).holds(name));
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	/**
	 * Why a directory failed, in words an admin acts on.
	 */
	static String reason(Exception ex) {
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof NotDirectoryException || ex instanceof FileAlreadyExistsException) {
			return "not a directory";
		}
		if (ex instanceof NoSuchFileException) {
			return "no such directory";
		}
		if (ex instanceof FileSystemException system && system.getReason() != null) {
			return system.getReason();
		}
		return (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
	}

	private static String node() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "localhost";
		}
		return host + "/" + ProcessHandle.current().pid();
	}

}
