package org.classbell.app.console.today;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.classbell.app.backups.BackupHealth;
import org.classbell.notifier.ChannelStatus;
import org.classbell.notifier.max.MaxProperties;
import org.classbell.notifier.telegram.TelegramProperties;
import org.classbell.notifier.twilio.TwilioProperties;
import org.classbell.store.backup.BackupLog;
import org.classbell.store.backup.BackupRecord;
import org.classbell.store.monitoring.SchoolDay;
import org.classbell.store.school.School;

import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * How the school's machinery stands, for those who run it: the queue, the channels (as
 * the start-up log tells them) and the last backup (by the backups health rule).
 */
@Component
public class SchoolState {

	/** A due message waiting longer than this is a warning. */
	static final Duration SLOW_QUEUE = Duration.ofMinutes(15);

	private final SchoolDay schoolDay;

	private final TelegramProperties telegram;

	private final MaxProperties max;

	private final TwilioProperties twilio;

	private final BackupLog backups;

	private final BackupHealth health;

	SchoolState(SchoolDay schoolDay, TelegramProperties telegram, MaxProperties max, TwilioProperties twilio,
			BackupLog backups, BackupHealth health) {
		this.schoolDay = schoolDay;
		this.telegram = telegram;
		this.max = max;
		this.twilio = twilio;
		this.backups = backups;
		this.health = health;
	}

	QueueState queue(School school, Instant now, Locale locale) {
		SchoolDay.Queue queue = this.schoolDay.queue(school, now);
		Duration wait = (queue.oldestDue() != null && queue.oldestDue().isBefore(now))
				? Duration.between(queue.oldestDue(), now) : null;
		return new QueueState(queue.queued(), (wait != null) ? Words.duration(wait, locale) : null,
				wait != null && wait.compareTo(SLOW_QUEUE) > 0);
	}

	List<ChannelStatus> channels() {
		return List.of(this.telegram.status(), this.max.status(), this.twilio.status());
	}

	BackupState backup(School school, Instant now, Locale locale) {
		Optional<BackupRecord> finished = this.backups.lastFinished();
		Optional<BackupRecord> verified = this.backups.lastVerified();
		boolean down = Status.DOWN.equals(this.health.assess().getStatus());
		String problem = null;
		if (finished.isPresent() && finished.get().isFailed()) {
			problem = "failed";
		}
		else if (down) {
			problem = verified.isPresent() ? "old" : "none";
		}
		return new BackupState(
				finished.map((backup) -> Words.dateTime(backup.finishedAt(), school.timeZone(), locale)).orElse(null),
				finished.map((backup) -> Words.duration(Duration.between(backup.finishedAt(), now), locale))
					.orElse(null),
				finished.map(BackupRecord::isVerified).orElse(false),
				verified.map((backup) -> Words.dateTime(backup.verifiedAt(), school.timeZone(), locale)).orElse(null),
				problem);
	}

	/**
	 * The queue as the page shows it.
	 *
	 * @param queued messages queued
	 * @param oldestWait how long the oldest due one has waited, in words, or {@code null}
	 * @param slow whether that is too long
	 */
	public record QueueState(int queued, String oldestWait, boolean slow) {

	}

	/**
	 * The last backup as the page shows it.
	 *
	 * @param finished when the last backup finished, or {@code null} when none has
	 * @param age how long ago, in words
	 * @param verified whether a restore of it was verified
	 * @param lastVerified when the last verified one was verified, or {@code null}
	 * @param problem {@code failed}, {@code old}, {@code none} or {@code null} when all
	 * is well
	 */
	public record BackupState(String finished, String age, boolean verified, String lastVerified, String problem) {

	}

}
