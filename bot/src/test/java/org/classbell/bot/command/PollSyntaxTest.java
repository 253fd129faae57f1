package org.classbell.bot.command;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code /poll} reads after its class: the words before the question in either
 * language and order, the closing time, and what is wrong.
 */
class PollSyntaxTest {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	/** Wednesday 25 November 2026, 09:30 in Moscow. */
	private static final Instant NOW = Instant.parse("2026-11-25T06:30:00Z");

	@Test
	void closesInThreeDaysAt20ByDefault() {
		PollSyntax.Read read = read("Когда удобно? | Вт | Чт");

		assertThat(read.closesAt()).isEqualTo(Instant.parse("2026-11-28T17:00:00Z"));
		assertThat(read.question().text()).isEqualTo("Когда удобно?");
		assertThat(read.question().options()).containsExactly("Вт", "Чт");
		assertThat(read.question().anonymous()).isFalse();
		assertThat(read.question().multiple()).isFalse();
	}

	@Test
	void readsTheWordsBeforeTheQuestionInEitherLanguageAndOrder() {
		PollSyntax.Read russian = read("до 01.12 18:30 несколько анонимно Что принести? | Торт | Чай");
		PollSyntax.Read english = read("anonymous until 1.12.2026 multiple What to bring? | Cake | Tea");

		for (PollSyntax.Read read : List.of(russian, english)) {
			assertThat(read.question().anonymous()).isTrue();
			assertThat(read.question().multiple()).isTrue();
		}
		assertThat(russian.closesAt()).isEqualTo(Instant.parse("2026-12-01T15:30:00Z"));
		assertThat(english.closesAt()).isEqualTo(Instant.parse("2026-12-01T17:00:00Z"));
		assertThat(english.question().text()).isEqualTo("What to bring?");
	}

	@Test
	void leavesAQuestionThatBeginsWithOneOfTheWordsAsItIs() {
		PollSyntax.Read several = read("Несколько родителей нужны на экскурсию, кто сможет? | Я | Не смогу");
		PollSyntax.Read until = read("До 15.05 сдать деньги — успеете? | Да | Нет");

		assertThat(several.question().multiple()).isFalse();
		assertThat(several.question().text()).isEqualTo("Несколько родителей нужны на экскурсию, кто сможет?");
		assertThat(until.question().text()).isEqualTo("До 15.05 сдать деньги — успеете?");
		assertThat(until.closesAt()).isEqualTo(Instant.parse("2026-11-28T17:00:00Z"));
	}

	@Test
	void takesADateThatHasGoneThisYearAsNextYears() {
		Instant december = Instant.parse("2026-12-20T09:00:00Z");

		PollSyntax.Result read = PollSyntax.read("до 10.01 Придёте на ёлку? | Да | Нет", december, MOSCOW);

		assertThat(((PollSyntax.Read) read).closesAt()).isEqualTo(Instant.parse("2027-01-10T17:00:00Z"));
	}

	@Test
	void saysWhatIsWrong() {
		assertThat(wrong("до 32.11 Вопрос? | Да | Нет"))
			.isEqualTo(new PollSyntax.Wrong("poll.bad_date", Map.of("date", "32.11")));
		assertThat(wrong("до 25.11 9:00 Вопрос? | Да | Нет"))
			.isEqualTo(new PollSyntax.Wrong("poll.closes_past", Map.of("closes", "25.11 09:00")));
		assertThat(wrong("Вопрос? | " + "1 | ".repeat(10) + "11"))
			.isEqualTo(new PollSyntax.Wrong("poll.options_count", Map.of("count", 11)));
		assertThat(wrong("анонимно | Да | Нет")).isEqualTo(new PollSyntax.Wrong("poll.usage", Map.of()));
	}

	private static PollSyntax.Read read(String text) {
		return (PollSyntax.Read) PollSyntax.read(text, NOW, MOSCOW);
	}

	private static PollSyntax.Wrong wrong(String text) {
		return (PollSyntax.Wrong) PollSyntax.read(text, NOW, MOSCOW);
	}

}
