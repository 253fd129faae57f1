package org.classbell.app.console.journal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.classbell.store.console.JournalChange;
import org.classbell.store.console.JournalChange.Entry;

import org.springframework.context.MessageSource;

/**
 * Says a journal change in words, in the viewer's language and the school's time: who,
 * when, and what changed from what to what ("оценка 4 → 5", "отметка «отсутствовал»
 * снята").
 */
final class JournalWords {

	private final MessageSource messages;

	private final Locale locale;

	private final ZoneId zone;

	private final DateTimeFormatter when;

	private final DateTimeFormatter day;

	JournalWords(MessageSource messages, Locale locale, ZoneId zone) {
		this.messages = messages;
		this.locale = locale;
		this.zone = zone;
		this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
		this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
	}

	/**
	 * A change as the page's row shows it.
	 */
	Row row(JournalChange change) {
		String dayText = (change.day() != null) ? change.day().format(this.day) : "";
		String about = (change.lesson() != null) ? text("journal.about.lesson", dayText, change.lesson())
				: text("journal.about.day", dayText);
		return new Row(change.at().atZone(this.zone).toLocalDateTime().format(this.when), who(change),
				(change.student() != null) ? change.student() : "—", change.className(),
				(change.subject() != null) ? change.subject() : "—", what(change), about);
	}

	private String who(JournalChange change) {
		if (change.author() != null) {
			return change.author();
		}
		return switch (change.actor()) {
			case "admin-api" -> text("journal.actor.admin_api");
			case "operator" -> text("journal.actor.operator");
			case "system" -> text("journal.actor.system");
			default -> text("journal.actor.other");
		};
	}

	/**
	 * What changed: a new entry, one changed from before to after, or one removed.
	 */
	String what(JournalChange change) {
		String entity = change.entity();
		return switch (change.action()) {
			case "insert" -> text("journal.what." + entity + ".insert", value(entity, change.after()));
			case "update" -> text("journal.what." + entity + ".update", value(entity, change.before()),
					value(entity, change.after()));
			default -> text("journal.what." + entity + (change.undone() ? ".undone" : ".delete"),
					value(entity, change.before()));
		};
	}

	private String value(String entity, Entry entry) {
		if (entry == null) {
			return "";
		}
		return switch (entity) {
			case "mark" -> entry.mark();
			case "attendance" -> text("journal.status." + entry.status());
			case "behaviour_note" -> text("journal.note." + entry.kind()) + " «" + entry.text() + "»";
			default -> "«" + entry.text() + "»";
		};
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, this.locale);
	}

	/**
	 * A change as a row of the page.
	 *
	 * @param when when it was made, in school time
	 * @param who who made it
	 * @param student the student, or a dash
	 * @param className the class
	 * @param subject the subject, or a dash
	 * @param what what changed
	 * @param about the journal's day (and lesson) it is about
	 */
	record Row(String when, String who, String student, String className, String subject, String what, String about) {

	}

}
