package org.classbell.notifier.polls;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.classbell.notifier.NotifierProperties;
import org.classbell.notifier.outbox.Channel;
import org.classbell.notifier.outbox.Recipient;
import org.classbell.notifier.sms.SmsForms;
import org.classbell.store.ClassId;
import org.classbell.store.GuardianId;
import org.classbell.store.Language;
import org.classbell.store.SchoolId;
import org.classbell.store.StaffId;
import org.classbell.store.StudentId;
import org.classbell.store.polls.Poll;
import org.classbell.store.polls.PollId;
import org.classbell.store.polls.PollResults;
import org.classbell.store.school.SegmentBudgets;
import org.classbell.templates.ChatText;
import org.classbell.templates.MessageCatalog;
import org.classbell.templates.sms.SmsText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words of polls fit their channels: the results a messenger's message, the SMS its
 * budget with every option kept.
 */
class PollTextsTest {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private final PollTexts texts = new PollTexts(MessageCatalog.builtIn(),
			new SmsForms(new NotifierProperties(Duration.ofMinutes(2), new NotifierProperties.Sms(1, 3, 3))));

	@Test
	void cutsTheParentsWhoHaveNotAnsweredToFitAMessageAndCountsTheRest() {
		Poll poll = poll("Когда удобно собрание?", List.of("Вт 18:00", "Чт 18:00"));
		List<PollResults.Silent> silent = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			silent.add(new PollResults.Silent("Константинопольская Александра " + i, "Вольдемар; Аполлинария"));
		}

		String results = this.texts.results(MessageCatalog.RUSSIAN,
				new PollResults(poll, List.of(3, 1), 404, 4, silent), MOSCOW);

		assertThat(ChatText.length(results)).isLessThanOrEqualTo(ChatText.MAX_LIMIT);
		assertThat(results).contains("Ответили 4 из 404 родителей (1%).", "Ещё не ответили (400): ")
			.containsPattern("; и ещё \\d+$");
		int shown = results.split("Константинопольская").length - 1;
		assertThat(results).endsWith("и ещё " + (400 - shown));
	}

	@Test
	void shortensTheQuestionOfAnSmsRatherThanLoseAnOption() {
		Poll poll = poll("Уважаемые родители! " + "Просим ответить, когда вам удобно прийти на собрание. ".repeat(4),
				List.of("Вт 18:00", "Чт 18:00", "Сб 11:00"));
		Recipient sms = new Recipient(new SchoolId(1), new GuardianId(1), Language.RU, Channel.SMS, "+79110000001",
				false, SegmentBudgets.DEFAULTS, false, List.of());

		String text = this.texts.forSms(poll, sms, MOSCOW);

		assertThat(SmsText.measure(text).segments()).isLessThanOrEqualTo(3);
		assertThat(text).startsWith("Опрос 5А: Уважаемые родители!")
			.contains("... Ответьте")
			.endsWith("Ответьте цифрой: 1 - Вт 18:00, 2 - Чт 18:00, 3 - Сб 11:00. До 28.11 20:00.");
	}

	@Test
	void ticksTheChosenOptionsOnTheirButtonsAndCutsLongOnes() {
		Poll poll = poll("Что принести?", List.of("Торт", "Чай", "Ф".repeat(100)));

		assertThat(this.texts.buttons(poll, List.of(1))).extracting((row) -> row.get(0).label())
			.containsExactly("✓ Торт", "Чай", "Ф".repeat(59) + "…");
		assertThat(this.texts.buttons(poll, List.of())).extracting((row) -> row.get(0).data())
			.containsExactly("pv:7:1", "pv:7:2", "pv:7:3");
	}

	private static Poll poll(String question, List<String> options) {
		return new Poll(new PollId(7), new SchoolId(1), new ClassId(3), "5А", new StaffId(5), question, false, false,
				options, Instant.parse("2026-11-25T06:30:00Z"), Instant.parse("2026-11-28T17:00:00Z"), null);
	}

}
