package org.classbell.notifier.inbound;

import java.util.Locale;
import java.util.Set;

/**
 * What a guardian's SMS to the school asks, by its first word: Twilio's opt-out and
 * opt-in words and their Russian forms, consent, help, and a report. Russian words are
 * also understood in the Latin spelling a transliterating school's SMS teach
 * ({@code OTCHET}).
 */
enum Keyword {

	/** Stop all SMS. Twilio's own opt-out words answer with Twilio's own reply. */
	STOP(Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT", "СТОП", "ОТПИСАТЬСЯ")),
	/** Send SMS again after a stop. */
	START(Set.of("START", "UNSTOP", "СТАРТ")),
	/** Consent to SMS, as the school asked; also lifts a stop. */
	YES(Set.of("YES", "Y", "ДА", "DA")),
	/** What can be asked. */
	HELP(Set.of("HELP", "INFO", "ПОМОЩЬ", "СПРАВКА", "POMOSHCH", "SPRAVKA")),
	/** The week's report by SMS. */
	REPORT(Set.of("REPORT", "ОТЧЕТ", "ОТЧЁТ", "OTCHET", "OTCHYOT")),
	/** Anything else. */
	OTHER(Set.of());

	/**
	 * The opt-out words Twilio itself handles on its numbers (and answers).
	 */
	private static final Set<String> TWILIO_OPT_OUT = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT",
			"REVOKE", "OPTOUT");

	private final Set<String> words;

	Keyword(Set<String> words) {
		this.words = words;
	}

	static Keyword of(String body) {
		String word = firstWord(body);
		for (Keyword keyword : values()) {
			if (keyword.words.contains(word)) {
				return keyword;
			}
		}
		return OTHER;
	}

	/**
	 * Whether Twilio answers this message itself, so that a reply of ours would be
	 * refused.
	 */
	static boolean answeredByTwilio(String body) {
		return TWILIO_OPT_OUT.contains(firstWord(body));
	}

	/**
	 * Whether the message is written in Latin letters, to answer an unknown sender in
	 * English.
	 */
	static boolean latin(String body) {
		return firstWord(body).chars().anyMatch((c) -> c >= 'A' && c <= 'Z');
	}

	/**
	 * The word the message begins with, upper-cased, as the consent ledger repeats it.
	 */
	static String word(String body) {
		String word = firstWord(body);
		return (word.length() > 20) ? word.substring(0, 20) : word;
	}

	private static String firstWord(String body) {
		String text = (body != null) ? body.strip() : "";
		int end = 0;
		while (end < text.length() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		return text.substring(0, end).toUpperCase(Locale.ROOT);
	}

}
