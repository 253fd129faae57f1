package org.classbell.store.roster;

import java.time.LocalTime;
import java.util.Optional;

import org.classbell.store.GuardianId;
import org.classbell.store.Language;

/**
 * What a guardian chose for the messages they get.
 *
 * @param guardian who
 * @param language the language of their messages
 * @param preferredChannel the messenger first, or SMS
 * @param reportFrequency how often they get the progress report
 * @param quietFrom their own start of quiet hours, or {@code null} for the school's
 * @param quietTo their own end of quiet hours, or {@code null} for the school's
 * @param sms whether SMS can reach them: a phone, consent, and no opt-out
 * @param digestAt the time of their end-of-day digest, or {@code null} when they take
 * alerts as things happen
 */
public record GuardianSettings(GuardianId guardian, Language language, PreferredChannel preferredChannel,
		ReportFrequency reportFrequency, LocalTime quietFrom, LocalTime quietTo, boolean sms, LocalTime digestAt) {

	/**
	 * Whether their messages go by SMS: they chose it, and SMS can reach them.
	 */
	public boolean bySms() {
		return this.preferredChannel == PreferredChannel.SMS && this.sms;
	}

	public Optional<LocalTime> ownQuietFrom() {
		return Optional.ofNullable(this.quietFrom);
	}

}
