package org.classbell.app.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.classbell.store.monitoring.DayRange;

import org.springframework.http.MediaType;

/**
 * What a monitoring request asks for: the period, from its {@code from} and {@code to}
 * parameters ({@code YYYY-MM-DD}, either may be left out), and the form, from
 * {@code format} or else the {@code Accept} header. A mistake is a value naming the
 * message to answer with, not an exception.
 */
public final class Query {

	private Query() {
	}

	/**
	 * The period asked for: a missing {@code to} is today, a missing {@code from} is
	 * found from {@code to} by the report's default.
	 */
	public static Outcome<DayRange> period(String from, String to, LocalDate today,
			Function<LocalDate, LocalDate> start) {
		Outcome<LocalDate> last = date("to", to, today);
		if (last.mistake() != null) {
			return Outcome.mistake(last.mistake());
		}
		Outcome<LocalDate> first = date("from", from, start.apply(last.value()));
		if (first.mistake() != null) {
			return Outcome.mistake(first.mistake());
		}
		if (first.value().isAfter(last.value())) {
			return Outcome.mistake(new Mistake("api.error.monitoring.order",
					Map.of("from", first.value().toString(), "to", last.value().toString())));
		}
		long days = DayRange.length(first.value(), last.value());
		if (days > DayRange.MAX_DAYS) {
			return Outcome
				.mistake(new Mistake("api.error.monitoring.too_long", Map.of("max", DayRange.MAX_DAYS, "days", days)));
		}
		return Outcome.of(new DayRange(first.value(), last.value()));
	}

	/**
	 * Whether the answer is to be CSV: {@code format=csv}, or no {@code format} and
	 * {@code text/csv} among the accepted types.
	 */
	static Outcome<Boolean> csv(String format, String accept) {
		if (format != null && !format.isBlank()) {
			String wanted = format.strip().toLowerCase(Locale.ROOT);
			if (!List.of("json", "csv").contains(wanted)) {
				return Outcome.mistake(new Mistake("api.error.monitoring.format", Map.of("format", format)));
			}
			return Outcome.of("csv".equals(wanted));
		}
		if (accept == null || accept.isBlank()) {
			return Outcome.of(false);
		}
		try {
			return Outcome.of(MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch((type) -> "text".equalsIgnoreCase(type.getType()) && "csv".equalsIgnoreCase(type.getSubtype())
						&& type.getQualityValue() > 0));
		}
		catch (IllegalArgumentException ex) {
			return Outcome.of(false);
		}
	}

	private static Outcome<LocalDate> date(String name, String text, LocalDate absent) {
		if (text == null || text.isBlank()) {
			return Outcome.of(absent);
		}
		try {
			return Outcome.of(LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException ex) {
			return Outcome.mistake(new Mistake("api.error.monitoring.date", Map.of("param", name, "value", text)));
		}
	}

	/**
	 * A mistake in a request: the catalogue key of the message that says so, and its
	 * arguments.
	 */
	public record Mistake(String key, Map<String, ?> arguments) {

	}

	/**
	 * A value read from a request, or the mistake that prevented it.
	 */
	public record Outcome<T>(T value, Mistake mistake) {

		static <T> Outcome<T> of(T value) {
			return new Outcome<>(value, null);
		}

		static <T> Outcome<T> mistake(Mistake mistake) {
			return new Outcome<>(null, mistake);
		}

	}

}
