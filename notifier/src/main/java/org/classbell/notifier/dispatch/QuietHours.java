package org.classbell.notifier.dispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The hours in which non-urgent messages wait, in the school's time zone, such as 21:00
 * to 08:00. Equal ends mean no quiet hours.
 *
 * @param from when they begin
 * @param to when they end
 */
public record QuietHours(LocalTime from, LocalTime to) {

	/**
	 * When a message due now may go, if quiet hours hold it.
	 */
	public Optional<Instant> holdUntil(Instant now, ZoneId zone) {
		if (this.from.equals(this.to)) {
			return Optional.empty();
		}
		ZonedDateTime local = now.atZone(zone);
		LocalTime time = local.toLocalTime();
		LocalDate day = local.toLocalDate();
		if (this.from.isBefore(this.to)) {
			boolean quiet = !time.isBefore(this.from) && time.isBefore(this.to);
			return quiet ? Optional.of(day.atTime(this.to).atZone(zone).toInstant()) : Optional.empty();
		}
		if (!time.isBefore(this.from)) {
			return Optional.of(day.plusDays(1).atTime(this.to).atZone(zone).toInstant());
		}
		if (time.isBefore(this.to)) {
			return Optional.of(day.atTime(this.to).atZone(zone).toInstant());
		}
		return Optional.empty();
	}

}
