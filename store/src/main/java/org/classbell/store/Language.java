package org.classbell.store;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages ClassBell speaks to people in: Russian first, English second.
 */
public enum Language {

	RU, EN;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public Locale locale() {
		return Locale.forLanguageTag(code());
	}

	/**
	 * The language of a code as the database keeps it: {@code ru} or {@code en}.
	 */
	public static Language of(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

	/**
	 * The language a person wrote, as a code ({@code ru}, {@code en}) or a word
	 * ({@code русский}, {@code English}).
	 */
	public static Optional<Language> parse(String text) {
		return switch (Names.clean(text).toLowerCase(Locale.ROOT)) {
			case "ru", "rus", "russian", "рус", "русский" -> Optional.of(RU);
			case "en", "eng", "english", "англ", "английский" -> Optional.of(EN);
			default -> Optional.empty();
		};
	}

}
