package org.classbell.app.backups;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A backup file's name: {@code classbell-20261204-020000.backup}, the school's local time
 * it was made, with {@code -2}, {@code -3} after it for a second one in the same second.
 *
 * @param madeAt when it was made, in the school's time
 * @param sequence 1, or the number after the time
 */
public record BackupName(LocalDateTime madeAt, int sequence) implements Comparable<BackupName> {

	/** What every backup file's name ends with. */
	public static final String SUFFIX = ".backup";

	/** What the checksum file beside a backup adds to its name. */
	public static final String CHECKSUM_SUFFIX = ".sha256";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private static final Pattern NAME = Pattern.compile("classbell-(\\d{8}-\\d{6})(?:-(\\d{1,3}))?\\.backup");

	private static final Comparator<BackupName> ORDER = Comparator.comparing(BackupName::madeAt)
		.thenComparingInt(BackupName::sequence);

	/**
	 * Reads a file's name; empty when it is not a backup's.
	 */
	public static Optional<BackupName> parse(String fileName) {
		Matcher matcher = NAME.matcher(fileName);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new BackupName(LocalDateTime.parse(matcher.group(1), TIME),
				(matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : 1));
	}

	public BackupName next() {
		return new BackupName(this.madeAt, this.sequence + 1);
	}

	public LocalDate day() {
		return this.madeAt.toLocalDate();
	}

	/**
	 * The Monday of its week.
	 */
	public LocalDate week() {
		return day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	public String fileName() {
		return "classbell-" + TIME.format(this.madeAt) + ((this.sequence > 1) ? "-" + this.sequence : "") + SUFFIX;
	}

	@Override
	public int compareTo(BackupName other) {
		return ORDER.compare(this, other);
	}

	@Override
	public String toString() {
		return fileName();
	}

}
