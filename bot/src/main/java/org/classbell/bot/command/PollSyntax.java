package org.classbell.bot.command;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.classbell.notifier.polls.PollAsking.Question;
import org.classbell.notifier.polls.PollTexts;
import org.classbell.store.polls.NewPoll;

/**
 * What {@code /poll} says after its class: optional words before the question
 * ({@code анонимно}/{@code anonymous}, {@code несколько}/{@code multiple},
 * {@code до 05.12 18:00}/{@code until 05.12 18:00}, in lower case, as a question's first
 * word is not), the question, and its options separated by {@code |}. Without a closing
 * time a poll closes in three days at 20:00; it may last at most {@value #MAX_DAYS} days.
 */
final class PollSyntax {

	/** The longest a poll may last. */
	static final int MAX_DAYS = 30;

	/** When a poll closes by default: so many days on, at {@link #DEFAULT_AT}. */
	static final int DEFAULT_DAYS = 3;

	static final LocalTime DEFAULT_AT = LocalTime.of(20, 0);

	private static final Set<String> ANONYMOUS = Set.of("анонимно", "анонимный", "anonymous", "anonymously");

	private static final Set<String> MULTIPLE = Set.of("несколько", "multiple", "several");

	private static final Pattern UNTIL = Pattern
		.compile("(?u)^(?:до|until)\\s+(\\d\\S*)(?:\\s+(\\d{1,2}[:.]\\d{2})(?=\\s|$))?");

	private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{2}|\\d{4}))?");

	private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

	private PollSyntax() {
	}

	/**
	 * The poll the text asks, or what is wrong with it (a catalogue key under
	 * {@code bot.} and its arguments).
	 */
	static Result read(String text, Instant now, ZoneId zone) {
		String[] parts = text.split("\\|", -1);
		String head = parts[0].strip();
		boolean anonymous = false;
		boolean multiple = false;
		Instant closes = null;
		while (true) {
			// in lower case only: a question may well begin «Несколько родителей…» or
			// «До 15.05 сдать…»
			String word = firstWord(head);
			if (ANONYMOUS.contains(word)) {
				anonymous = true;
				head = head.substring(word.length()).strip();
				continue;
			}
			if (MULTIPLE.contains(word)) {
				multiple = true;
				head = head.substring(word.length()).strip();
				continue;
			}
			Matcher until = UNTIL.matcher(head);
			if (closes == null && until.find()) {
				Result when = closing(until.group(1), until.group(2), now, zone);
				if (when instanceof Wrong) {
					return when;
				}
				closes = ((When) when).at();
				head = head.substring(until.end()).strip();
				continue;
			}
			break;
		}
		if (head.isEmpty()) {
			return new Wrong("poll.usage", Map.of());
		}
		List<String> options = new ArrayList<>();
		for (int i = 1; i < parts.length; i++) {
			options.add(parts[i].strip());
		}
		if (options.size() < NewPoll.MIN_OPTIONS || options.size() > NewPoll.MAX_OPTIONS) {
			return new Wrong("poll.options_count", Map.of("count", options.size()));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < options.size(); i++) {
			String option = options.get(i);
			if (option.isEmpty()) {
				return new Wrong("poll.option_empty", Map.of("number", i + 1));
			}
			if (option.length() > NewPoll.MAX_OPTION) {
				return new Wrong("poll.option_too_long", Map.of("number", i + 1, "max", NewPoll.MAX_OPTION));
			}
			if (!seen.add(option.toLowerCase(Locale.ROOT))) {
				return new Wrong("poll.option_repeated", Map.of("option", option));
			}
		}
		if (head.length() > NewPoll.MAX_QUESTION) {
			return new Wrong("poll.question_too_long", Map.of("max", NewPoll.MAX_QUESTION));
		}
		if (closes == null) {
			closes = now.atZone(zone).toLocalDate().plusDays(DEFAULT_DAYS).atTime(DEFAULT_AT).atZone(zone).toInstant();
		}
		return new Read(new Question(head, options, anonymous, multiple), closes);
	}

	/**
	 * The closing time written after {@code до}: a date (this year's, or next year's when
	 * this year's has gone), and a time (20:00 when left out), after now and within
	 * {@value #MAX_DAYS} days.
	 */
	private static Result closing(String date, String time, Instant now, ZoneId zone) {
		String typed = (time != null) ? date + " " + time : date;
		Matcher day = DATE.matcher(date);
		Matcher at = (time != null) ? TIME.matcher(time) : null;
		if (!day.matches() || (at != null && !at.matches())) {
			return new Wrong("poll.bad_date", Map.of("date", typed));
		}
		ZonedDateTime closes;
		try {
			LocalDate today = now.atZone(zone).toLocalDate();
			int year = (day.group(3) == null) ? today.getYear() : (day.group(3).length() == 2)
					? 2000 + Integer.parseInt(day.group(3)) : Integer.parseInt(day.group(3));
			LocalDate date0 = LocalDate.of(year, Integer.parseInt(day.group(2)), Integer.parseInt(day.group(1)));
			if (day.group(3) == null && date0.isBefore(today)) {
				date0 = date0.plusYears(1);
			}
			LocalTime clock = (at != null) ? LocalTime.of(Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2)))
					: DEFAULT_AT;
			closes = date0.atTime(clock).atZone(zone);
		}
		catch (DateTimeException ex) {
			return new Wrong("poll.bad_date", Map.of("date", typed));
		}
		if (!closes.toInstant().isAfter(now)) {
			return new Wrong("poll.closes_past", Map.of("closes", PollTexts.when(closes.toInstant(), zone)));
		}
		Instant latest = now.plus(Duration.ofDays(MAX_DAYS));
		if (closes.toInstant().isAfter(latest)) {
			return new Wrong("poll.closes_too_late", Map.of("max", MAX_DAYS, "latest", PollTexts.when(latest, zone)));
		}
		return new When(closes.toInstant());
	}

	private static String firstWord(String text) {
		int space = 0;
		while (space < text.length() && !Character.isWhitespace(text.charAt(space))) {
			space++;
		}
		return text.substring(0, space);
	}

	/**
	 * What the text said.
	 */
	sealed interface Result {

	}

	/**
	 * A poll to ask.
	 */
	record Read(Question question, Instant closesAt) implements Result {

	}

	/**
	 * What is wrong: a catalogue key under {@code bot.} and its arguments.
	 */
	record Wrong(String key, Map<String, ?> arguments) implements Result {

	}

	private record When(Instant at) implements Result {

	}

}
