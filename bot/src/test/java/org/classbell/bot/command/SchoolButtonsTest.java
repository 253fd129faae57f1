package org.classbell.bot.command;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.classbell.bot.conversation.Reply;
import org.classbell.store.SchoolId;
import org.classbell.store.chat.ChoiceId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The buttons of a bot across schools read back what they wrote, and nothing else: the
 * school chosen for a command, the school a button was made in, and /stop of one school.
 */
class SchoolButtonsTest {

	@Test
	void schoolPicksReadBackWhatTheyWrote() {
		SchoolChoices.Pick pick = new SchoolChoices.Pick(new ChoiceId(123456789012L), new SchoolId(987654));
		assertThat(SchoolChoices.Pick.decode(pick.encode())).contains(pick);
		SchoolChoices.Pick cancel = SchoolChoices.Pick.cancel(new ChoiceId(5));
		assertThat(SchoolChoices.Pick.decode(cancel.encode())).contains(cancel);
		assertThat(ButtonData.join("sch", pick.encode()).getBytes(StandardCharsets.UTF_8))
			.hasSizeLessThanOrEqualTo(Reply.Button.MAX_DATA_BYTES);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "1", "1:", ":2", "1:0", "0:2", "1:-2", "1:2:3", "x:2", "1:school",
			"1:99999999999999999999999", "cancel" })
	void schoolPicksReadNothingFromForgedData(String data) {
		assertThatNoException().isThrownBy(() -> SchoolChoices.Pick.decode(data));
		assertThat(SchoolChoices.Pick.decode(data)).isEmpty();
	}

	@Test
	void stampsCarryTheSchoolAndTheButtonsOwnData() {
		SchoolStamp stamp = new SchoolStamp(new SchoolId(8), "pick:41:2:1234567");
		assertThat(stamp.encode()).isEqualTo("@8/pick:41:2:1234567");
		assertThat(SchoolStamp.decode(stamp.encode())).contains(stamp);
		assertThat(SchoolStamp.decode("pick:41:2:1234567")).as("an unstamped button").isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "@", "@8", "@8/", "@/pick:1", "@0/pick:1", "@-8/pick:1", "@x/pick:1",
			"@99999999999999999999999/pick:1", "8/pick:1" })
	void stampsReadNothingFromForgedData(String data) {
		assertThatNoException().isThrownBy(() -> SchoolStamp.decode(data));
		assertThat(SchoolStamp.decode(data)).isEmpty();
	}

	@Test
	void stampingMarksEveryButtonOfSentAndEditedRepliesAndLeavesTheRest() {
		Reply.Button button = new Reply.Button("Иванов П.", "rc:7:99");
		List<Reply> stamped = SchoolStamp.stamp(new SchoolId(8),
				List.of(new Reply.Send("roll", List.of(List.of(button))),
						new Reply.Edit("again", List.of(List.of(button))), new Reply.Answer("ok")));

		assertThat(stamped).containsExactly(
				new Reply.Send("roll", List.of(List.of(new Reply.Button("Иванов П.", "@8/rc:7:99")))),
				new Reply.Edit("again", List.of(List.of(new Reply.Button("Иванов П.", "@8/rc:7:99")))),
				new Reply.Answer("ok"));
	}

	@Test
	void aButtonTheStampWouldMakeTooLongStaysAsItIs() {
		String longest = "x".repeat(Reply.Button.MAX_DATA_BYTES - 2);
		Reply.Send send = new Reply.Send("t", List.of(List.of(new Reply.Button("b", longest))));

		assertThat(SchoolStamp.stamp(new SchoolId(8), List.of(send))).containsExactly(send);
	}

	@Test
	void stopsOfOneSchoolOrAllReadBackWhatTheyWrote() {
		for (StopCommand.Stop stop : new StopCommand.Stop[] { new StopCommand.Stop(true, null),
				new StopCommand.Stop(false, null), new StopCommand.Stop(true, new SchoolId(8)) }) {
			assertThat(StopCommand.Stop.decode(stop.encode())).contains(stop);
		}
		for (String forged : new String[] { "", "maybe", "0", "-8", "8:9", "YES" }) {
			assertThat(StopCommand.Stop.decode(forged)).as(forged).isEmpty();
		}
	}

}
