package org.classbell.app.console.schools;

import java.math.BigDecimal;
import java.util.Locale;

import org.classbell.store.monitoring.SummaryFigures;

import org.springframework.context.MessageSource;

/**
 * A line of the list of schools as the page shows it: each share in percent with the
 * counts it is made of, in the viewer's language.
 *
 * @param code the school's code, or {@code null} for the city's line
 * @param name the school's name, or what the city's line is called
 * @param open whether it is the school the session has open
 * @param journal lessons with attendance taken
 * @param families students with a parent reached
 * @param delivery messages that reached the family
 * @param smsSegments SMS segments sent
 */
public record SchoolLine(String code, String name, boolean open, Share journal, Share families, Share delivery,
		String smsSegments) {

	static SchoolLine of(String code, String name, boolean open, SummaryFigures figures, MessageSource messages,
			Locale locale) {
		SummaryFigures.Journal journal = figures.journal();
		SummaryFigures.Families families = figures.families();
		SummaryFigures.Delivery delivery = figures.delivery();
		return new SchoolLine(code, name, open,
				Share.of(journal.share(), journal.taken(), journal.lessons(), "schools.journal.none", messages, locale),
				Share.of(families.share(), families.reached(), families.students(), "schools.families.none", messages,
						locale),
				Share.of(delivery.share(), delivery.delivered(), delivery.sent() + delivery.failed(),
						"schools.delivery.none", messages, locale),
				String.format(locale, "%,d", figures.smsSegments()));
	}

	/**
	 * A share as the page writes it: {@code 66,7 %}, and below it {@code 2 из 3}; a dash
	 * and why, when there is nothing to share.
	 *
	 * @param percent the share, or a dash
	 * @param counts what it is made of, or why there is none
	 */
	public record Share(String percent, String counts) {

		static Share of(BigDecimal share, int part, int whole, String none, MessageSource messages, Locale locale) {
			if (share == null) {
				return new Share("—", messages.getMessage(none, null, locale));
			}
			return new Share(String.format(locale, "%.1f %%", share), messages.getMessage("schools.of",
					new Object[] { String.format(locale, "%,d", part), String.format(locale, "%,d", whole) }, locale));
		}

	}

}
