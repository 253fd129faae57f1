package org.classbell.store.roster;

import java.time.LocalTime;
import java.util.Optional;

import org.classbell.store.Language;

/**
 * What a guardian chose for the messages they get.
 *
 * @param guardian who
 * @param language the language of their messages
 * @param preferredChannel {@code telegram}, {@code sms}, or {@code null} for Telegram
 * first
 * @param reportFrequency how often they get the progress report
 * @param quietFrom their own start of quiet hours, or {@code null} for the school's
 * @param quietTo their own end of quiet hours, or {@code null} for the school's
 * @param sms whether SMS can reach them: a phone, consent, and no opt-out
 * @param digestAt the time of their end-of-day digest, or {@code null} when they take
 * alerts as things happen
 */
public record GuardianSettings(GuardianId guardian, Language language, String preferredChannel,
		ReportFrequency reportFrequency, LocalTime quietFrom, LocalTime quietTo, boolean sms, LocalTime digestAt) {

	public Optional<LocalTime> ownQuietFrom() {
		return Optional.ofNullable(this.quietFrom);
	}

}
