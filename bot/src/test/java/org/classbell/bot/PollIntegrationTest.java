package org.classbell.bot;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.notifier.polls.PollClosing;
import org.classbell.notifier.testing.Dispatching;
import org.classbell.store.testing.DatabaseCleaner;
import org.classbell.store.testing.ImportedSchool;
import org.classbell.store.testing.TestDatabase;
import org.classbell.testing.Button;
import org.classbell.testing.Edit;
import org.classbell.testing.FakeTwilio;
import org.classbell.testing.SentMessage;
import org.classbell.testing.SentSms;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code /poll} with dispatch on, through the local Bot API server and a local Twilio:
 * the parents of the class get the poll with buttons (or by SMS with numbers), tap and
 * change their answers, the author sees the results as they come and gets them at the
 * close; and everyone else is refused. The clock stands at Wednesday 25 November 2026,
 * 09:30 in Moscow.
 */
@DirtiesContext
class PollIntegrationTest extends BotIntegrationTest {

	static final FakeTwilio TWILIO = new FakeTwilio("AC0123456789abcdef0123456789abcdef", "twilio-auth-token");

	/** Сидорова Вера: mother of Илья (6Б) only. */
	static final long SIDOROVA = 2010;

	static final String QUESTION = "/poll 5А Когда удобно собрание? | Вт 18:00 | Чт 18:00 | Сб 11:00";

	@Autowired
	PollClosing closing;

	@BeforeAll
	static void emptyDatabase() {
		DatabaseCleaner.clean(TestDatabase.migrated());
	}

	@DynamicPropertySource
	static void dispatch(DynamicPropertyRegistry registry) {
		Dispatching.through(TWILIO, registry);
	}

	@BeforeEach
	void people() {
		TWILIO.reset();
		this.imported.roster(Stream
			.concat(Stream.of(ImportedSchool.ROSTER), Stream.of("6Б,2,Сидоров,Илья,,Сидорова Вера,+79110000007,ru,yes"))
			.toArray(String[]::new));
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkStaff(ORLOV, "Орлов Дмитрий");
		linkStaff(BELOVA, "Белова Ирина");
		linkGuardian(IVANOVA, "5А", "Иванова Мария");
		linkGuardian(PETROVA, "5А", "Петрова Ирина");
		linkGuardian(SIDOROVA, "6Б", "Сидорова Вера");
	}

	@Test
	void asksTheParentsOfTheClassAndShowsTheAuthorTheResultsAsTheyCome() {
		SentMessage sent = ask(SOKOLOVA, QUESTION);

		assertThat(sent.text()).isEqualTo(
				"📊 Опрос для 5А отправлен: 3 родителям, с 1 родителем нет связи. Закроется 28.11 20:00, тогда пришлю итоги.");
		assertThat(sent.buttons()).containsExactly(
				List.of(new Button("📊 Результаты", "pr:" + pollId()), new Button("Закрыть сейчас", "pc:" + pollId())));
		SentMessage poll = awaitReply(IVANOVA);
		assertThat(poll.text()).isEqualTo("""
				📊 <b>Опрос для 5А</b> (Пётр)
				Когда удобно собрание?

				Выберите один вариант кнопками ниже; ответ можно изменить до 28.11 20:00.
				— Елена Викторовна Соколова""");
		assertThat(poll.buttons()).containsExactly(List.of(new Button("Вт 18:00", "pv:" + pollId() + ":1")),
				List.of(new Button("Чт 18:00", "pv:" + pollId() + ":2")),
				List.of(new Button("Сб 11:00", "pv:" + pollId() + ":3")));
		assertThat(awaitReply(PETROVA).text()).startsWith("📊 <b>Poll for 5А</b> (Анна)\nКогда удобно собрание?");
		SentSms sms = TWILIO.awaitMessages(1).get(0);
		assertThat(sms.to()).isEqualTo("+79110000001");
		assertThat(sms.body()).isEqualTo(
				"Опрос 5А: Когда удобно собрание? Ответьте цифрой: 1 - Вт 18:00, 2 - Чт 18:00, 3 - Сб 11:00. До 28.11 20:00.");
		await().atMost(WAIT).until(() -> count("select count(*) from notification where status = 'queued'") == 0);
		assertThat(TELEGRAM.sentMessages(SIDOROVA)).as("a parent of 6Б only is not asked").isEmpty();

		press(IVANOVA, poll.messageId(), "pv:" + pollId() + ":1");
		Edit voted = awaitEdit(1);
		assertThat(voted.messageId()).isEqualTo(poll.messageId());
		assertThat(voted.text()).isEqualTo(poll.text() + "\n\n✓ Ваш ответ: Вт 18:00");
		assertThat(voted.buttons().get(0)).containsExactly(new Button("✓ Вт 18:00", "pv:" + pollId() + ":1"));
		assertThat(answers()).contains("Ответ записан: Вт 18:00");
		press(IVANOVA, poll.messageId(), "pv:" + pollId() + ":2");
		assertThat(awaitEdit(2).text()).endsWith("✓ Ваш ответ: Чт 18:00");
		press(PETROVA, poll.messageId(), "pv:" + pollId() + ":2");
		awaitEdit(3);
		assertThat(this.jdbc.sql("select cast(options as text) from poll_answer order by guardian_id")
			.query(String.class)
			.list()).containsExactly("{2}", "{2}");

		press(SOKOLOVA, sent.messageId(), "pr:" + pollId());
		assertThat(awaitReplies(SOKOLOVA, 2).get(1).text()).isEqualTo("""
				📊 <b>Опрос для 5А</b>
				Когда удобно собрание?

				1. Вт 18:00 — <b>0</b>
				2. Чт 18:00 — <b>2</b>
				3. Сб 11:00 — <b>0</b>

				Ответили 2 из 3 родителей (67%). Открыт до 28.11 20:00.

				Ещё не ответили (1): Алексеева Ольга (Борис)""");

		this.clock.set(Instant.parse("2026-11-28T17:00:00Z"));
		assertThat(this.closing.round()).isOne();
		assertThat(this.closing.round()).as("closed once").isZero();
		assertThat(
				this.jdbc.sql("select body from notification where kind = 'poll_results'").query(String.class).single())
			.startsWith("📊 <b>Итоги опроса для 5А</b>")
			.contains("Ответили 2 из 3 родителей (67%). Закрыт 28.11 20:00.",
					"Не ответили (1): Алексеева Ольга (Борис)");
		press(IVANOVA, poll.messageId(), "pv:" + pollId() + ":1");
		await().atMost(WAIT).until(() -> answers().contains("Опрос закрыт"));
		assertThat(this.jdbc.sql("select cast(options as text) from poll_answer order by guardian_id")
			.query(String.class)
			.list()).containsExactly("{2}", "{2}");
	}

	@Test
	void letsParentsTickSeveralOptionsOfAnAnonymousPollAndTheAuthorCloseItNow() {
		SentMessage sent = ask(SOKOLOVA,
				"/poll 5А несколько анонимно до 27.11 Что принести на праздник? | Торт | Чай | Фрукты");
		assertThat(sent.text()).endsWith("Закроется 27.11 20:00, тогда пришлю итоги.");
		SentMessage poll = awaitReply(IVANOVA);
		assertThat(poll.text()).contains("Можно выбрать несколько вариантов кнопками ниже",
				"Опрос анонимный: учитель увидит только, сколько родителей выбрали каждый вариант.");
		assertThat(TWILIO.awaitMessages(1).get(0).body()).contains("Ответьте цифрами через пробел: 1 - Торт");

		press(IVANOVA, poll.messageId(), "pv:" + pollId() + ":1");
		awaitEdit(1);
		press(IVANOVA, poll.messageId(), "pv:" + pollId() + ":3");
		assertThat(awaitEdit(2).text()).endsWith("✓ Ваш ответ: Торт; Фрукты");
		press(IVANOVA, poll.messageId(), "pv:" + pollId() + ":1");
		Edit untick = awaitEdit(3);
		assertThat(untick.buttons()).extracting((row) -> row.get(0).text()).containsExactly("Торт", "Чай", "✓ Фрукты");

		press(SOKOLOVA, sent.messageId(), "pc:" + pollId());
		String results = awaitReplies(SOKOLOVA, 2).get(1).text();
		assertThat(results).startsWith("📊 <b>Итоги опроса для 5А</b>")
			.contains("3. Фрукты — <b>1</b>", "Ответили 1 из 3 родителей (33%). Опрос анонимный. Закрыт 25.11 09:30.")
			.doesNotContain("Алексеева", "не ответили");
		press(IVANOVA, poll.messageId(), "pv:" + pollId() + ":2");
		await().atMost(WAIT).until(() -> answers().contains("Опрос закрыт"));
		assertThat(this.closing.round()).as("the author has the results already").isZero();
		assertThat(count("select count(*) from notification where kind = 'poll_results'")).isZero();
	}

	@Test
	void refusesPollsButtonsAndResultsToThoseTheyAreNotFor() {
		assertThat(ask(ORLOV, QUESTION).text()).isEqualTo("Это могут классный руководитель 5А и администратор.");
		assertThat(ask(ORLOV, "/poll all Удобно ли время? | Да | Нет").text())
			.isEqualTo("Опрос всей школы может провести администратор.");
		assertThat(ask(IVANOVA, QUESTION).text()).isEqualTo("Эта команда — для учителей.");
		assertThat(count("select count(*) from poll")).isZero();
		SentMessage sent = ask(SOKOLOVA, QUESTION);
		long id = pollId();

		press(SIDOROVA, 1, "pv:" + id + ":1");
		press(IVANOVA, 1, "pv:99999:1");
		press(IVANOVA, 1, "pv:" + id + ":7");
		press(IVANOVA, 1, "pv:" + id + ":x");
		press(SOKOLOVA, 1, "pv:" + id + ":1");
		await().atMost(WAIT).until(() -> TELEGRAM.calls("answerCallbackQuery").size() == 5);
		assertThat(TELEGRAM.calls("answerCallbackQuery"))
			.allSatisfy((call) -> assertThat(call.body()).contains("Эта кнопка больше не действует"));
		assertThat(count("select count(*) from poll_answer")).isZero();

		press(ORLOV, 1, "pr:" + id);
		assertThat(awaitReplies(ORLOV, 3).get(2).text())
			.isEqualTo("Результаты опроса видят его автор и администрация школы.");
		press(ORLOV, 1, "pc:" + id);
		assertThat(awaitReplies(ORLOV, 4).get(3).text())
			.isEqualTo("Закрыть опрос могут его автор и администрация школы.");
		assertThat(count("select count(*) from poll where closed_at is null")).isOne();
		press(BELOVA, 1, "pr:" + id);
		assertThat(awaitReply(BELOVA).text()).startsWith("📊 <b>Опрос для 5А</b>");
		assertThat(sent.text()).startsWith("📊 Опрос для 5А отправлен");
	}

	@Test
	void explainsWhatIsWrongWithAPollAndSendsNothing() {
		assertThat(ask(SOKOLOVA, "/poll").text()).startsWith("Кого и о чём спросить?");
		assertThat(ask(SOKOLOVA, "/poll 5А | Да | Нет").text()).startsWith("Кого и о чём спросить?");
		assertThat(ask(SOKOLOVA, "/poll 5А Придёте? | Да").text())
			.isEqualTo("Нужно от 2 до 10 вариантов ответа через «|», а указан 1 вариант. Ничего не отправлено.");
		assertThat(ask(SOKOLOVA, "/poll 5А Придёте? | Да | | Нет").text())
			.isEqualTo("Вариант 2 пустой: между «|» ничего не написано. Ничего не отправлено.");
		assertThat(ask(SOKOLOVA, "/poll 5А Придёте? | Да | " + "а".repeat(101)).text())
			.isEqualTo("Вариант 2 длиннее 100 знаков — сократите его. Ничего не отправлено.");
		assertThat(ask(SOKOLOVA, "/poll 5А Придёте? | Да | да").text())
			.isEqualTo("Вариант «да» указан дважды. Ничего не отправлено.");
		assertThat(ask(SOKOLOVA, "/poll 5А " + "?".repeat(301) + " | Да | Нет").text())
			.isEqualTo("Вопрос длиннее 300 знаков — сократите его. Ничего не отправлено.");
		assertThat(ask(SOKOLOVA, "/poll 5А до 31.02 Придёте? | Да | Нет").text())
			.startsWith("Не понял, когда закрыть опрос: «31.02». Напишите, например, <code>до 05.12 18:00</code>");
		assertThat(ask(SOKOLOVA, "/poll 5А до 25.11 09:00 Придёте? | Да | Нет").text())
			.isEqualTo("Время закрытия 25.11 09:00 уже прошло. Ничего не отправлено.");
		assertThat(ask(SOKOLOVA, "/poll 5А до 30.12 Придёте? | Да | Нет").text())
			.isEqualTo("Опрос длится не больше 30 дней: закройте его не позже 25.12 09:30. Ничего не отправлено.");
		assertThat(ask(SOKOLOVA, "/poll 9Я Придёте? | Да | Нет").text()).startsWith("Класса «9Я» нет.");
		assertThat(count("select count(*) from poll") + count("select count(*) from notification")).isZero();
		assertThat(ask(SOKOLOVA, "/poll 5А До какого числа сдать форму? | До пятницы | До понедельника").text())
			.as("a question may begin with «до»")
			.startsWith("📊 Опрос для 5А отправлен");
	}

	@Test
	void showsPollsInTheHelpOfClassTeachersAndAdmins() {
		assertThat(ask(SOKOLOVA, "/help").text()).contains("/poll 5А Вопрос? | вариант | вариант — опрос")
			.doesNotContain("/poll all");
		assertThat(ask(BELOVA, "/help").text()).contains("/poll all");
		assertThat(ask(ORLOV, "/help").text()).doesNotContain("/poll");
	}

	private long pollId() {
		return count("select max(id) from poll");
	}

	private Edit awaitEdit(int count) {
		await().atMost(WAIT).until(() -> TELEGRAM.edits().size() >= count);
		return TELEGRAM.edits().get(count - 1);
	}

	private String answers() {
		return String.join("\n", TELEGRAM.calls("answerCallbackQuery").stream().map((call) -> call.body()).toList());
	}

}
