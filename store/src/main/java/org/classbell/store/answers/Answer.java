package org.classbell.store.answers;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a parent answers to an absence alert.
 */
public enum Answer {

	/** The child is ill («Болеет»). */
	ILL,
	/** The child is away for a good reason («Уважительная причина»). */
	REASON,
	/** The parent asks the class teacher to contact them («Свяжитесь со мной»). */
	CONTACT;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The answer written as {@link #code()}, or empty.
	 */
	public static Optional<Answer> of(String code) {
		return Arrays.stream(values()).filter((answer) -> answer.code().equals(code)).findFirst();
	}

}
