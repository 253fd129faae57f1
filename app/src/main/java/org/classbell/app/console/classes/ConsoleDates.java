package org.classbell.app.console.classes;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times as a page shows them: in the school's time zone and the viewer's
 * language.
 */
public record ConsoleDates(ZoneId zone, Locale locale) {

	/** Day and time, short: {@code 25.11.2026, 09:30}; empty for none. */
	public String at(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withLocale(this.locale)
			.format(instant.atZone(this.zone)) : "";
	}

	/** The day, long: {@code 25 ноября 2026 г.}. */
	public String day(Instant instant) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(this.locale)
			.format(instant.atZone(this.zone));
	}

}
