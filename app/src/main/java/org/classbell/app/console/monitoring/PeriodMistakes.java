package org.classbell.app.console.monitoring;

import java.util.Locale;

import org.classbell.app.monitoring.Query;

import org.springframework.context.MessageSource;

/**
 * What a console page says of a wrong period (a date that is no date, a period that ends
 * before it starts or is too long), in the console's own words.
 */
public final class PeriodMistakes {

	private PeriodMistakes() {
	}

	public static String message(MessageSource messages, Query.Mistake mistake, Locale locale) {
		String key = "monitoring.error." + mistake.key().substring(mistake.key().lastIndexOf('.') + 1);
		Object[] arguments = switch (key) {
			case "monitoring.error.date" -> new Object[] { mistake.arguments().get("value") };
			case "monitoring.error.too_long" -> new Object[] { mistake.arguments().get("max") };
			default -> new Object[0];
		};
		return messages.getMessage(key, arguments, locale);
	}

}
