package org.classbell.notifier;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.classbell.notifier.outbox.MessageKind;
import org.classbell.store.answers.Answer;
import org.classbell.store.journal.AttendanceStatus;
import org.classbell.store.journal.NoteKind;
import org.classbell.templates.testing.KeysInCode;

/**
 * Fails when the notifier asks for a message some catalogue lacks: every key its code
 * names, and every key it builds from a prefix and the enums or the words it builds them
 * from.
 */
class MessageKeysTest {

	/**
	 * The kinds of message the alerts write, each an {@code alert.<kind>} text per
	 * channel.
	 */
	private static final List<MessageKind> ALERTS = List.of(MessageKind.ATTENDANCE, MessageKind.ATTENDANCE_UPDATE,
			MessageKind.ATTENDANCE_WITHDRAWN, MessageKind.PRAISE, MessageKind.REMARK, MessageKind.NOTE_WITHDRAWN);

	/** What a report says of attendance, in the Telegram and the SMS form. */
	private static final List<String> ATTENDANCE_LINES = List.of("no_absences", "missed", "excused", "late");

	private static final List<String> TITLES = List.of("title", "title_day", "title_digest");

	private static final List<String> UNITS = List.of("lessons", "days");

	@Test
	void everyCatalogueHasEveryKeyTheNotifierAsksFor() {
		List<String> notes = Arrays.stream(NoteKind.values()).map(NoteKind::code).toList();
		List<String> answers = Arrays.stream(Answer.values()).map(Answer::code).toList();
		KeysInCode.scan(Path.of("src/main/java"), "")
			.built("alert.", ALERTS.stream().map(MessageKind::code).toList())
			.built("attendance.fact.",
					Arrays.stream(AttendanceStatus.values())
						.flatMap((status) -> Stream.of(status.code() + ".day", status.code() + ".lessons"))
						.toList())
			.built("report.", Stream.of(ATTENDANCE_LINES, TITLES).flatMap(List::stream).toList())
			.built("report.sms.", Stream.of(ATTENDANCE_LINES, TITLES, UNITS).flatMap(List::stream).toList())
			.built("common.", UNITS)
			.built("report.note.", notes)
			.built("report.sms.note.", notes)
			.built("answers.button.", answers)
			.built("answers.notice.", answers)
			.built("answers.reason.", answers)
			.built("answers.word.", answers)
			.built("answers.report.", answers)
			.assertEveryCatalogueHasThem();
	}

}
