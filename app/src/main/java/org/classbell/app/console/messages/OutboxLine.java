package org.classbell.app.console.messages;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.classbell.notifier.outbox.Channel;
import org.classbell.notifier.outbox.OutboxSearch;
import org.classbell.store.roster.PhoneNumber;

/**
 * A notification as a row of the outbox page: everything already in words or message
 * keys, the phone number masked.
 *
 * @param id the notification's id
 * @param when when it was written, in the school's time zone and the reader's locale
 * @param recipient the guardian's name, or {@code null} when erased
 * @param address the masked phone number, or {@code null} for Telegram
 * @param student the child, or {@code null}
 * @param className the class, or {@code null}
 * @param announcement the announcement's id, or {@code null}
 * @param kindKey the message key of its kind
 * @param channelKey the message key of its channel
 * @param status its status code (for the CSS class)
 * @param statusKey the message key of its status
 * @param attempts the attempts made
 * @param reasonKey the message key of what its error means, or {@code null}
 * @param error the raw error, or {@code null}
 * @param preview the start of its text, or empty when retention blanked it
 * @param retryable whether it may be retried
 * @param refusalKey the message key of why it may not be retried, for a failed one
 */
record OutboxLine(long id, String when, String recipient, String address, String student, String className,
		Long announcement, String kindKey, String channelKey, String status, String statusKey, int attempts,
		String reasonKey, String error, String preview, boolean retryable, String refusalKey) {

	/** The longest preview shown. */
	static final int PREVIEW = 90;

	static OutboxLine of(OutboxSearch.Row row, ZoneId zone, Locale locale) {
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone);
		String status = row.status().code();
		boolean failed = "failed".equals(status);
		return new OutboxLine(row.id().value(), format.format(row.createdAt()), row.erased() ? null : row.recipient(),
				(row.channel() == Channel.SMS && !row.erased()) ? PhoneNumber.mask(row.address()) : null, row.student(),
				row.className(), row.announcement(), "messages.kind." + row.kind().code(),
				"messages.channel." + row.channel().code(), status, "messages.status." + status, row.attempts(),
				FailureReasons.key(row.error()), row.error(), preview(row.body()), failed && row.refusal() == null,
				(failed && row.refusal() != null) ? "messages.refusal." + row.refusal().code() : null);
	}

	/**
	 * The text without its Telegram markup, cut short.
	 */
	static String preview(String body) {
		if (body == null || body.isBlank()) {
			return "";
		}
		String text = body.replaceAll("<[^>]*>", "")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&amp;", "&")
			.replaceAll("\\s+", " ")
			.strip();
		return (text.length() > PREVIEW) ? text.substring(0, PREVIEW - 1).stripTrailing() + "…" : text;
	}

}
