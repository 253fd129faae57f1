package org.classbell.bot.command;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.classbell.notifier.outbox.Channel;
import org.classbell.store.Language;
import org.classbell.store.journal.AttendanceStatus;
import org.classbell.store.journal.NoteKind;
import org.classbell.store.roster.ReportFrequency;
import org.classbell.templates.testing.KeysInCode;

/**
 * Fails when the bot asks for a message some catalogue lacks: every key its code names,
 * and every key it builds from a prefix and the enums it builds them from.
 */
class MessageKeysTest {

	private static final List<AttendanceStatus> MARKED = List.of(AttendanceStatus.ABSENT, AttendanceStatus.LATE);

	@Test
	void everyCatalogueHasEveryKeyTheBotAsksFor() {
		KeysInCode.scan(Path.of("src/main/java"), "bot.")
			.built("attendance.usage.", MARKED.stream().map(AttendanceStatus::code).toList())
			.built("attendance.saved.",
					MARKED.stream()
						.flatMap((status) -> Stream.of(status.code() + ".day", status.code() + ".lessons"))
						.toList())
			.built("note.usage.", codes(NoteKind.values()))
			.built("note.saved.", codes(NoteKind.values()))
			.built("scope.not_yours.",
					Arrays.stream(Scope.Right.values()).map((right) -> right.name().toLowerCase(Locale.ROOT)).toList())
			.built("settings.frequency.", Arrays.stream(ReportFrequency.values()).map(ReportFrequency::code).toList())
			.built("settings.quiet.",
					Arrays.stream(SettingChange.Quiet.values()).map(SettingChange.Quiet::code).toList())
			.built("stats.channel.", Arrays.stream(Channel.values()).map(Channel::code).toList())
			.built("settings.channel.", List.of("telegram", "max", "sms"))
			.built("settings.language.", Arrays.stream(Language.values()).map(Language::code).toList())

			.assertEveryCatalogueHasThem();
	}

	private static List<String> codes(NoteKind[] kinds) {
		return Arrays.stream(kinds).map(NoteKind::code).toList();
	}

}
