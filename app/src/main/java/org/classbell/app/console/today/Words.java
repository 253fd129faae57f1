package org.classbell.app.console.today;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.util.Measure;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;

/**
 * Dates and durations as the page says them, in the reader's language, with Russian
 * plurals right ({@code 1 час 5 минут}, {@code 2 дня}).
 */
final class Words {

	private Words() {
	}

	static String date(LocalDate day, Locale locale) {
		return DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale).format(day);
	}

	static String dateTime(Instant at, ZoneId zone, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.format(at.atZone(zone));
	}

	/**
	 * A duration in its two largest units (days and hours, hours and minutes), or
	 * minutes; under a minute counts as one minute's part: {@code 0 минут} is said for
	 * less.
	 */
	static String duration(Duration duration, Locale locale) {
		long minutes = Math.max(0, duration.toMinutes());
		long days = minutes / (24 * 60);
		long hours = (minutes / 60) % 24;
		long rest = minutes % 60;
		List<Measure> parts = new ArrayList<>();
		if (days > 0) {
			parts.add(new Measure(days, MeasureUnit.DAY));
			if (hours > 0) {
				parts.add(new Measure(hours, MeasureUnit.HOUR));
			}
		}
		else if (hours > 0) {
			parts.add(new Measure(hours, MeasureUnit.HOUR));
			if (rest > 0) {
				parts.add(new Measure(rest, MeasureUnit.MINUTE));
			}
		}
		else {
			parts.add(new Measure(rest, MeasureUnit.MINUTE));
		}
		return MeasureFormat.getInstance(ULocale.forLocale(locale), MeasureFormat.FormatWidth.WIDE)
			.formatMeasures(parts.toArray(Measure[]::new));
	}

}
