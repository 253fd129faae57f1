package org.classbell.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.app.school.DefaultSchool;
import org.classbell.store.ClassId;
import org.classbell.store.journal.JournalFacts;
import org.classbell.store.roster.Classes;
import org.classbell.store.roster.SchoolClass;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;

import org.springframework.stereotype.Component;

/**
 * Writes a day's journal of the schools into the export directory, for the regional
 * portal's uploader to pick up: {@code
 *
<dir>
 * /<YYYY-MM-DD>/<class>.csv} for the default school and {@code
 *
<dir>
 * /schools/<code>/<YYYY-MM-DD>/<class>.csv} for each other school of a city, for every
 * class with a mark, an attendance record or homework that day (a class with none gets no
 * file). The default school's day is the one the run is for; each other school's is the
 * last day whose export time has come in its own time zone. Each file is written under a
 * hidden temporary name and renamed when complete, so that the uploader never sees half a
 * file; a run of a day again replaces its files and removes those of classes that no
 * longer have anything that day. A directory it cannot write is logged as an error, with
 * the directory and the reason; it is not thrown.
 */
@Component
public class DailyExport {

	private static final Logger log = LoggerFactory.getLogger(DailyExport.class);

	private final ExportProperties properties;

	private final JournalFiles files;

	private final JournalFacts facts;

	private final Classes classes;

	private final DefaultSchool school;

	private final Schools schools;

	private final Clock clock;

	DailyExport(ExportProperties properties, JournalFiles files, JournalFacts facts, Classes classes,
			DefaultSchool school, Schools schools, Clock clock) {
		this.properties = properties;
		this.files = files;
		this.facts = facts;
		this.classes = classes;
		this.school = school;
		this.schools = schools;
		this.clock = clock;
	}

	/**
	 * Exports today, as the school's time zone has it by the clock.
	 */
	public Exported run() {
		return run(this.clock.instant());
	}

	/**
	 * Exports the day the instant falls on in each school's time zone.
	 * @return what the default school's export did
	 */
	public Exported run(Instant at) {
		School main = this.school.get();
		Exported exported = run(main, at.atZone(main.timeZone()).toLocalDate(), this.properties.dir());
		if (this.properties.enabled()) {
			for (School other : this.schools.all()) {
				if (!other.id().equals(main.id())) {
					run(other, lastDayDue(other, at), this.properties.dir().resolve("schools").resolve(other.code()));
				}
			}
		}
		return exported;
	}

	/**
	 * The last day whose export time has come in the school's own time zone: the export
	 * runs at the default school's time, when a school to the east may be past midnight
	 * and one to the west not yet at the export time, so each gets every day once.
	 */
	private LocalDate lastDayDue(School school, Instant at) {
		ZonedDateTime local = at.atZone(school.timeZone());
		return local.toLocalTime().isBefore(this.properties.at()) ? local.toLocalDate().minusDays(1)
				: local.toLocalDate();
	}

	private Exported run(School school, LocalDate day, Path base) {
		if (!this.properties.enabled()) {
			log.warn("Journal export of {}: nothing written, CLASSBELL_EXPORT_DIR is not set on this node; set it on "
					+ "every node that keeps the schedules", day);
			return new Exported(day, null, 0, 0, "off");
		}
		long started = System.nanoTime();
		Set<ClassId> recorded = this.facts.classesWithFacts(school.id(), day);
		List<SchoolClass> exported = this.classes.all(school.id())
			.stream()
			.filter((schoolClass) -> recorded.contains(schoolClass.id()))
			.toList();
		Path folder = base.resolve(day.toString()).toAbsolutePath().normalize();
		try {
			long rows = write(exported, day, folder);
			if (exported.isEmpty()) {
				log.info("Journal export of {} of school {}: nothing recorded that day, no files", day, school.code());
			}
			else {
				log.info("Journal export of {} of school {}: {} classes, {} rows, in {} ({}), {} s", day, school.code(),
						exported.size(), rows, folder, this.properties.encoding(),
						String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
			}
			return new Exported(day, folder, exported.size(), rows, null);
		}
		catch (IOException ex) {
			String reason = reason(ex, folder);
			log.error("Journal export of {} into {} failed: {}. The portal gets no new files of that day until the "
					+ "directory can be written (permissions, free space); GET /api/export/journal?from={}&to={} "
					+ "gives them meanwhile", day, folder, reason, day, day);
			return new Exported(day, folder, 0, 0, reason);
		}
	}

	/**
	 * Why the export directory cannot be written now, if it cannot: checked at start, so
	 * that the log says so before the first evening.
	 */
	String problem() {
		if (!this.properties.enabled()) {
			return null;
		}
		Path dir = this.properties.dir().toAbsolutePath().normalize();
		try {
			Files.createDirectories(dir);
			return Files.isWritable(dir) ? null : dir + ": not writable";
		}
		catch (IOException ex) {
			return dir + ": " + reason(ex, dir);
		}
	}

	private long write(List<SchoolClass> exported, LocalDate day, Path folder) throws IOException {
		if (exported.isEmpty() && !Files.isDirectory(folder)) {
			return 0;
		}
		Files.createDirectories(folder);
		Set<Path> written = new HashSet<>();
		long rows = 0;
		for (SchoolClass schoolClass : exported) {
			Path file = folder.resolve(ExportNames.csv(schoolClass.name()));
			rows += write(schoolClass, day, file);
			written.add(file);
		}
		try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, "*.csv")) {
			for (Path file : stale) {
				if (!written.contains(file)) {
					Files.deleteIfExists(file);
				}
			}
		}
		return rows;
	}

	/**
	 * Writes the class's file under a hidden name beside it, on disk before it is renamed
	 * to its own name in one step (replacing the file of an earlier run).
	 */
	private long write(SchoolClass schoolClass, LocalDate day, Path file) throws IOException {
		Path part = file.resolveSibling("." + file.getFileName() + ".part");
		try {
			long rows;
			try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				OutputStream out = Channels.newOutputStream(channel);
				rows = this.files.csv(schoolClass, day, day, this.properties.encoding(), out);
				channel.force(true);
			}
			Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return rows;
		}
		finally {
			Files.deleteIfExists(part);
		}
	}

	/**
	 * What went wrong, for an admin: the system's reason, after the file or directory it
	 * concerns where that is not the one the caller names.
	 */
	static String reason(IOException ex, Path named) {
		String why = (ex instanceof FileSystemException failed && failed.getReason() != null) ? failed.getReason()
				: (ex instanceof AccessDeniedException) ? "Permission denied"
						: (ex instanceof NoSuchFileException) ? "No such file or directory"
								: (ex instanceof FileSystemException || ex.getMessage() == null)
										? ex.getClass().getSimpleName() : ex.getMessage();
		if (ex instanceof FileSystemException failed && failed.getFile() != null
				&& !Path.of(failed.getFile()).equals(named)) {
			return failed.getFile() + ": " + why;
		}
		return why;
	}

	/**
	 * What a run of the export did.
	 *
	 * @param day the day exported
	 * @param folder the day's folder, or {@code null} when the export is off
	 * @param classes how many classes' files were written
	 * @param rows how many rows they hold, headers not counted
	 * @param failure why nothing (or not everything) was written, or {@code null}
	 */
	public record Exported(LocalDate day, Path folder, int classes, long rows, String failure) {

	}

}
