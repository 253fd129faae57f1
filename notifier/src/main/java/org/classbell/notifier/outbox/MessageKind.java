package org.classbell.notifier.outbox;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a notification is. Its code names it in the outbox ({@code notification.kind}) and
 * its texts in the message catalogue ({@code alert.<code>.telegram}, {@code .sms}).
 */
public enum MessageKind {

	/** A child's absences or latenesses of a day. */
	ATTENDANCE,
	/** What the journal says of the day now, after an alert went. */
	ATTENDANCE_UPDATE,
	/** The day's attendance alert no longer holds: the marks were taken back. */
	ATTENDANCE_WITHDRAWN,
	/** A teacher's praise. */
	PRAISE,
	/** A teacher's remark. */
	REMARK,
	/** A note the teacher took back. */
	NOTE_WITHDRAWN,
	/** An announcement to a class or the school. */
	ANNOUNCEMENT,
	/** A progress report, periodic or asked for. */
	REPORT,
	/** The end-of-day digest. */
	DIGEST,
	/** A parent's answer to an absence alert, told to the class teacher. */
	PARENT_ANSWER,
	/** A parent's message, relayed to the class teacher. */
	PARENT_MESSAGE,
	/** A teacher's reply, relayed to the parent. */
	TEACHER_REPLY,
	/** A poll, to a guardian. */
	POLL,
	/** A poll's results at its close, to its author. */
	POLL_RESULTS;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static MessageKind of(String code) {
		String wanted = code.toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((kind) -> kind.code().equals(wanted))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No message kind " + code));
	}

}
