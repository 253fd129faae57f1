package org.classbell.bot.command;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.classbell.bot.conversation.Reply;
import org.classbell.store.Language;
import org.classbell.store.StudentId;
import org.classbell.store.chat.ChoiceId;
import org.classbell.store.roster.PreferredChannel;
import org.classbell.store.roster.ReportFrequency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Each kind of button reads back what it wrote, and nothing else: forged, malformed or
 * overlong data decodes to nothing (the bot then answers that the button is out of date),
 * never to an error.
 */
class ButtonCodecsTest {

	@Test
	void picksReadBackWhatTheyWrote() {
		Choices.Pick pick = new Choices.Pick(new ChoiceId(41), 2, new StudentId(1234567));
		assertThat(Choices.Pick.decode(pick.encode())).contains(pick);
		assertThat(Choices.Pick.decode(Choices.Pick.cancel(new ChoiceId(41)).encode()))
			.contains(Choices.Pick.cancel(new ChoiceId(41)));
	}

	@Test
	void rollCallTapsReadBackWhatTheyWrote() {
		RollCallCommand.Tap toggle = RollCallCommand.Tap.toggle(new ChoiceId(7), new StudentId(99));
		assertThat(RollCallCommand.Tap.decode(toggle.encode())).contains(toggle);
		for (RollCallCommand.Tap.Action action : new RollCallCommand.Tap.Action[] { RollCallCommand.Tap.Action.DONE,
				RollCallCommand.Tap.Action.CANCEL }) {
			RollCallCommand.Tap tap = new RollCallCommand.Tap(new ChoiceId(7), action, null);
			assertThat(RollCallCommand.Tap.decode(tap.encode())).contains(tap);
		}
	}

	@Test
	void settingsReadBackEveryChoiceTheButtonsOffer() {
		for (SettingChange change : new SettingChange[] { new SettingChange.Channel(PreferredChannel.SMS),
				new SettingChange.Channel(PreferredChannel.TELEGRAM), new SettingChange.Channel(PreferredChannel.MAX),
				new SettingChange.Frequency(ReportFrequency.NONE), new SettingChange.Frequency(ReportFrequency.MONTHLY),
				SettingChange.Quiet.SCHOOL, SettingChange.Quiet.FROM_22, new SettingChange.Digest(null),
				new SettingChange.Digest(LocalTime.of(20, 0)), new SettingChange.Lang(Language.EN) }) {
			assertThat(SettingChange.decode(change.encode())).as(change.encode()).contains(change);
			assertThat(ButtonData.join("set", change.encode()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
				.hasSizeLessThanOrEqualTo(Reply.Button.MAX_DATA_BYTES);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "qh:25-99", "qh:", "rf:", "rf:hourly", "ch:fax", "dg:03:00", "dg:", "lang:fr", "lang", "",
			":", "xx:yy", "qh:20-07:extra" })
	void settingsReadNothingFromForgedData(String data) {
		assertThatNoException().isThrownBy(() -> SettingChange.decode(data));
		assertThat(SettingChange.decode(data)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "1", "1:", "1:x", "0:done", "-1:done", "1:2", "1:2:",
			"99999999999999999999999:0:1", "1:100:5", "1:2:3:4", "1:02x:3", "cancel", ":cancel" })
	void picksReadNothingFromForgedData(String data) {
		assertThatNoException().isThrownBy(() -> Choices.Pick.decode(data));
		assertThat(Choices.Pick.decode(data)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "1", "1:", "x:done", "1:finish", "1:-5", "0:done", "1234567890123456789012:done",
			"1:99999999999999999999999", "1:done:more" })
	void rollCallTapsReadNothingFromForgedData(String data) {
		assertThatNoException().isThrownBy(() -> RollCallCommand.Tap.decode(data));
		assertThat(RollCallCommand.Tap.decode(data)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "0", "-1", "1e3", "12345678901234567890", " 1", "1 " })
	void idsAreDecimalNumbersThatFit(String text) {
		assertThat(ButtonData.id(text)).isEmpty();
	}

}
