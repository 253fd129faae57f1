package org.classbell.store.answers;

import java.util.Locale;

import org.classbell.store.Messenger;

/**
 * Where a parent answered: under the alert in a messenger, or by SMS.
 */
public enum AnswerSource {

	TELEGRAM, MAX, SMS;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static AnswerSource of(Messenger messenger) {
		return switch (messenger) {
			case TELEGRAM -> TELEGRAM;
			case MAX -> MAX;
		};
	}

}
