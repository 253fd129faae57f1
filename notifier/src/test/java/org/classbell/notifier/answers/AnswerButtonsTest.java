package org.classbell.notifier.answers;

import org.classbell.notifier.relay.RelayButtons;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.classbell.notifier.outbox.Button;
import org.classbell.store.GuardianId;
import org.classbell.store.StudentId;
import org.classbell.store.answers.Answer;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerButtonsTest {

	static final LocalDate DAY = LocalDate.of(2026, 11, 25);

	@Test
	void readsBackWhatItWrote() {
		String answer = AnswerButtons.answer(new StudentId(42), DAY, Answer.CONTACT);
		String excuse = AnswerButtons.excuse(new StudentId(42), DAY);

		assertThat(answer).isEqualTo("aa:42:20782:contact");
		assertThat(AnswerButtons.answer(answer.substring(3)))
			.contains(new AnswerButtons.AnswerPress(new StudentId(42), DAY, Answer.CONTACT));
		assertThat(excuse).isEqualTo("ax:42:20782");
		assertThat(AnswerButtons.excuse(excuse.substring(3)))
			.contains(new AnswerButtons.ExcusePress(new StudentId(42), DAY));
		assertThat(RelayButtons.reply(new GuardianId(7), new StudentId(42))).isEqualTo("rr:7:42");
	}

	@Test
	void fitsTelegramsLimitWithTheLargestIds() {
		String data = AnswerButtons.answer(new StudentId(999_999_999_999_999_999L), LocalDate.of(9999, 12, 31),
				Answer.REASON);

		assertThat(new Button("x", data).data()).hasSizeLessThanOrEqualTo(Button.MAX_DATA_BYTES);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "42", "42:20782", "42:20782:fever", "0:20782:ill", "-1:20782:ill", "42:x:ill",
			"42:20782:ill:more", "42:020782:ill", "4.2:20782:ill" })
	void refusesWhatItDidNotWrite(String data) {
		assertThat(AnswerButtons.answer(data)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "42", "42:20782:ill", "0:20782", "42:", "x:20782" })
	void refusesAnExcuseItDidNotWrite(String data) {
		assertThat(AnswerButtons.excuse(data)).isEmpty();
	}

}
