package org.classbell.bot.update;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.classbell.bot.BotIntegrationTest;
import org.classbell.testing.SentMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Updates of several chats that arrive together are handled at once, each chat's in the
 * order it wrote them.
 */
class UpdateOrderIntegrationTest extends BotIntegrationTest {

	private static final String ENGLISH = "Done: I answer in English.";

	private static final String RUSSIAN = "Готово: отвечаю по-русски.";

	@Test
	void answersEachChatInTheOrderItWroteWhenSeveralWriteAtOnce() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkGuardian(IVANOVA, "5А", "Иванова Мария");
		List<Long> users = List.of(SOKOLOVA, IVANOVA, STRANGER);
		int rounds = 6;

		for (int round = 0; round < rounds; round++) {
			for (long user : users) {
				say(user, (round % 2 == 0) ? "/lang en" : "/lang ru");
			}
		}

		List<String> alternating = IntStream.range(0, rounds)
			.mapToObj((round) -> (round % 2 == 0) ? ENGLISH : RUSSIAN)
			.toList();
		for (long user : users) {
			assertThat(awaitReplies(user, rounds).stream().map(SentMessage::text)).as("answers to %d", user)
				.containsExactlyElementsOf(alternating);
		}
	}

}
