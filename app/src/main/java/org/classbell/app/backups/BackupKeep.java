package org.classbell.app.backups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which backups a directory keeps: the newest of each of the last {@code daily} days that
 * have one, and the newest of each of the last {@code weekly} weeks (Monday to Sunday). A
 * backup may count for both. Written {@code 14d,8w} ({@code CLASSBELL_BACKUP_KEEP}), or
 * one of the two.
 *
 * @param daily how many days keep their newest backup
 * @param weekly how many weeks keep their newest backup
 */
public record BackupKeep(int daily, int weekly) {

	private static final Pattern PART = Pattern.compile("(\\d{1,4})\\s*([dw])");

	public BackupKeep {
		if (daily < 0 || weekly < 0 || daily + weekly == 0) {
			throw new IllegalArgumentException(
					"CLASSBELL_BACKUP_KEEP (classbell.backup.keep) must keep at least one backup, such as 14d,8w");
		}
	}

	/**
	 * Reads {@code 14d,8w}, {@code 30d} or {@code 8w}.
	 * @throws IllegalArgumentException for anything else
	 */
	public static BackupKeep valueOf(String text) {
		int daily = 0;
		int weekly = 0;
		boolean any = false;
		for (String part : text.toLowerCase(Locale.ROOT).split(",")) {
			Matcher matcher = PART.matcher(part.strip());
			if (!matcher.matches()) {
				throw new IllegalArgumentException(
						"CLASSBELL_BACKUP_KEEP (classbell.backup.keep) is written like 14d,8w"
								+ " (14 daily and 8 weekly backups), not '" + text + "'");
			}
			int count = Integer.parseInt(matcher.group(1));
			if (matcher.group(2).equals("d")) {
				daily = count;
			}
			else {
				weekly = count;
			}
			any = true;
		}
		if (!any) {
			throw new IllegalArgumentException("CLASSBELL_BACKUP_KEEP (classbell.backup.keep) is empty");
		}
		return new BackupKeep(daily, weekly);
	}

	/**
	 * The backups to keep of those a directory holds.
	 */
	public Set<BackupName> kept(List<BackupName> backups) {
		List<BackupName> newestFirst = new ArrayList<>(backups);
		newestFirst.sort(Comparator.reverseOrder());
		Set<BackupName> kept = new LinkedHashSet<>();
		Set<Object> days = new LinkedHashSet<>();
		Set<Object> weeks = new LinkedHashSet<>();
		for (BackupName backup : newestFirst) {
			if (days.size() < this.daily && days.add(backup.day())) {
				kept.add(backup);
			}
			if (weeks.size() < this.weekly && weeks.add(backup.week())) {
				kept.add(backup);
			}
		}
		return kept;
	}

	@Override
	public String toString() {
		return this.daily + " daily and " + this.weekly + " weekly";
	}

}
