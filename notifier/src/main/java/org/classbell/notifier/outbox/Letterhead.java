package org.classbell.notifier.outbox;

import java.util.Locale;
import java.util.Map;

import org.classbell.templates.MessageCatalog;
import org.classbell.templates.Quote;

/**
 * How a message to a guardian is written for their school: in the school's own texts (its
 * template overrides), and, where the guardian's messenger account or phone is also a
 * guardian's in another school, beginning with the school's name («🏫 Школа № 8» in a
 * messenger, «Школа № 8: » by SMS), so that a parent of children in two schools knows
 * which one writes. A parent of one school sees no name.
 *
 * @param schoolCode the school's code, whose texts the message is written in; or
 * {@code null} for the deployment's texts
 * @param schoolName the school's name
 * @param chatShared whether the messenger account the message goes to is a guardian's in
 * another school too
 * @param phoneShared whether the guardian's phone is a guardian's in another school too
 */
public record Letterhead(String schoolCode, String schoolName, boolean chatShared, boolean phoneShared) {

	/** The most of a school's name an SMS spends on it: the rest goes to the message. */
	static final int SMS_NAME = 24;

	/** The deployment's texts, no name. */
	public static final Letterhead NONE = new Letterhead(null, null, false, false);

	public Letterhead {
		if ((chatShared || phoneShared) && (schoolName == null || schoolName.isBlank())) {
			throw new IllegalArgumentException("A school named first has a name");
		}
	}

	/**
	 * The catalogue the school's messages are written in, of the deployment's one.
	 */
	public MessageCatalog catalog(MessageCatalog deployment) {
		return deployment.forSchool(this.schoolCode);
	}

	/**
	 * A messenger text (HTML), with the school's name in bold on a line before it where
	 * the account is shared.
	 * @param messages the school's catalogue
	 */
	public String chat(MessageCatalog messages, Locale locale, String html) {
		// a messenger message has room for the whole name; the texts keep to their limit
		return this.chatShared ? messages.render(locale, "letterhead.telegram",
				Map.of("school", MessageCatalog.escapeHtml(this.schoolName), "text", html)) : html;
	}

	/**
	 * An SMS text before it is fitted to its budget, beginning with the school's name
	 * where the phone is shared: the name then counts in the budget.
	 * @param messages the school's catalogue
	 */
	public String sms(MessageCatalog messages, Locale locale, String text) {
		return this.phoneShared ? messages.render(locale, "letterhead.sms",
				Map.of("school", Quote.cut(this.schoolName, SMS_NAME), "text", text)) : text;
	}

}
