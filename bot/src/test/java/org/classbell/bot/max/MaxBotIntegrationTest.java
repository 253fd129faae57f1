package org.classbell.bot.max;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.bot.BotIntegrationTest;
import org.classbell.store.Actor;
import org.classbell.testing.FakeMaxApi;
import org.classbell.testing.MaxButton;
import org.classbell.testing.SentMaxMessage;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The same bot in MAX, polling a local MAX Bot API through the MAX client while the
 * Telegram bot polls its own: linking by deep link, consent, teachers' and parents'
 * commands, buttons, refusals, a redelivered update, and a parent linked in both. Its
 * application stops after the class ({@code @DirtiesContext}), its polling with it.
 */
@DirtiesContext
class MaxBotIntegrationTest extends BotIntegrationTest {

	static final String MAX_TOKEN = "max-bot-token-0c9a77";

	static final FakeMaxApi MAX = new FakeMaxApi(MAX_TOKEN).username("school1_max_bot");

	/** Соколова's account in MAX. */
	static final long SOKOLOVA_MAX = 501;

	/** Иванова's account in MAX. */
	static final long IVANOVA_MAX = 502;

	/**
	 * Someone in MAX who never linked; the same number as Соколова's Telegram account.
	 */
	static final long STRANGER_MAX = SOKOLOVA;

	static final Duration WAIT = Duration.ofSeconds(10);

	@DynamicPropertySource
	static void max(DynamicPropertyRegistry registry) {
		registry.add("classbell.max.token", () -> MAX_TOKEN);
		registry.add("classbell.max.api-url", () -> MAX.url().toString());
	}

	@BeforeEach
	void clear() {
		MAX.clearRecordings();
	}

	@Test
	void linksATeacherByTheDeepLinkAndAnswersTheirCommands() {
		linkStaffInMax(SOKOLOVA_MAX, "Соколова Елена");

		SentMaxMessage reply = askInMax(SOKOLOVA_MAX, "/absent Алексеев");

		assertThat(reply.text()).isEqualTo("5А, 25 ноября: весь день отсутствуют Алексеев Борис. Родителям сообщу.");
		assertThat(reply.format()).isEqualTo("html");
		assertThat(count("select count(*) from attendance where status = 'absent'")).isOne();
		assertThat(count("select count(*) from chat_link where messenger = 'max' and user_id = ? and chat_id = ?",
				SOKOLOVA_MAX, MAX.chatOf(SOKOLOVA_MAX)))
			.isOne();
	}

	@Test
	void linksAParentWhoConsentsWithTheButton() {
		String code = guardianCode("5А", "Иванова Мария");

		MAX.start(IVANOVA_MAX, code);
		List<SentMaxMessage> replies = awaitMax(IVANOVA_MAX, 2);

		assertThat(replies.get(0).text())
			.isEqualTo("Здравствуйте, Иванова Мария! MAX привязан: Пётр (5А), Ольга (6Б).");
		assertThat(replies.get(1).buttons()).isNotEmpty();
		pressInMax(IVANOVA_MAX, replies.get(1), replies.get(1).buttons().get(0).get(0));
		await().atMost(WAIT).until(() -> MAX.edits().size() == 1);
		assertThat(MAX.edits().get(0).text()).startsWith("Спасибо! Согласие записано.");
		assertThat(MAX.answers()).hasSize(1);
		assertThat(count("select count(*) from chat_link where messenger = 'max' and consented_at is not null"))
			.isOne();
		assertThat(count("select count(*) from consent_event where source = 'max' and given")).isOne();
		assertThat(askInMax(IVANOVA_MAX, "/children").text())
			.isEqualTo("<b>Ваши дети</b>\nИванов Пётр Сергеевич — 5А, №2\nИванова Ольга — 6Б, №1");
	}

	@Test
	void refusesStrangersAndParentsWhatIsNotTheirs() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkGuardianInMax(IVANOVA_MAX, "5А", "Иванова Мария");

		assertThat(askInMax(STRANGER_MAX, "/absent 5А Алексеев").text())
			.as("the same number as Соколова's Telegram account is another person in MAX")
			.startsWith("Сначала привяжите MAX:");
		assertThat(askInMax(IVANOVA_MAX, "/absent 5А Алексеев").text()).doesNotContain("Родителям сообщу");
		assertThat(count("select count(*) from attendance")).isZero();
	}

	@Test
	void handlesARedeliveredUpdateOnce() {
		linkStaffInMax(SOKOLOVA_MAX, "Соколова Елена");
		askInMax(SOKOLOVA_MAX, "/absent Алексеев");

		MAX.redeliverLast();
		askInMax(SOKOLOVA_MAX, "/help");

		assertThat(MAX.sentMessages(MAX.chatOf(SOKOLOVA_MAX))).hasSize(2);
		assertThat(count("select count(*) from journal_entry")).isOne();
	}

	@Test
	void takesARollCallWithButtonsThatEditTheMessage() {
		linkStaffInMax(SOKOLOVA_MAX, "Соколова Елена");
		SentMaxMessage sheet = askInMax(SOKOLOVA_MAX, "/rollcall 5А");
		assertThat(sheet.buttons()).isNotEmpty();

		pressInMax(SOKOLOVA_MAX, sheet, sheet.buttons().get(0).get(0));
		await().atMost(WAIT).until(() -> MAX.edits().size() == 1 && MAX.answers().size() == 1);

		assertThat(MAX.edits().get(0).mid()).isEqualTo(sheet.mid());
	}

	@Test
	void answersAForgedButtonAsOutOfDate() {
		linkStaffInMax(SOKOLOVA_MAX, "Соколова Елена");
		SentMaxMessage help = askInMax(SOKOLOVA_MAX, "/help");

		MAX.press(SOKOLOVA_MAX, help.mid(), "ch:99999:0");
		await().atMost(WAIT).until(() -> MAX.answers().size() == 1);

		assertThat(MAX.answers().get(0).notification()).isNotBlank();
		assertThat(MAX.edits()).isEmpty();
		assertThat(count("select count(*) from attendance")).isZero();
	}

	@Test
	void ignoresGroupChats() {
		linkStaffInMax(SOKOLOVA_MAX, "Соколова Елена");

		MAX.groupMessage(SOKOLOVA_MAX, "/absent Алексеев");
		askInMax(SOKOLOVA_MAX, "/help");

		assertThat(MAX.sentMessages()).hasSize(1);
		assertThat(count("select count(*) from attendance")).isZero();
	}

	@Test
	void letsAParentLinkedInBothChooseTheMessenger() {
		linkGuardian(IVANOVA, "5А", "Иванова Мария");
		linkGuardianInMax(IVANOVA_MAX, "5А", "Иванова Мария");

		SentMaxMessage settings = askInMax(IVANOVA_MAX, "/settings");
		assertThat(settings.text()).contains("Канал: MAX");
		assertThat(settings.buttons().get(0)).extracting(MaxButton::text).containsExactly("Telegram", "✓ MAX", "SMS");

		pressInMax(IVANOVA_MAX, settings, settings.buttons().get(0).get(0));
		await().atMost(WAIT).until(() -> MAX.edits().size() == 1);

		assertThat(MAX.edits().get(0).text()).contains("Канал: Telegram");
		assertThat(this.jdbc.sql("select preferred_channel from guardian where phone = '+79110000002'")
			.query(String.class)
			.single()).isEqualTo("telegram");
	}

	@Test
	void stopsMessagesInBothMessengersAtOnce() {
		linkGuardian(IVANOVA, "5А", "Иванова Мария");
		linkGuardianInMax(IVANOVA_MAX, "5А", "Иванова Мария");

		SentMaxMessage question = askInMax(IVANOVA_MAX, "/stop");
		assertThat(question.text())
			.startsWith("Больше не получать сообщения о детях — ни в Telegram, ни в MAX, ни по SMS?");
		pressInMax(IVANOVA_MAX, question, question.buttons().get(0).get(0));
		await().atMost(WAIT).until(() -> MAX.edits().size() == 1);

		assertThat(MAX.edits().get(0).text()).startsWith("Готово: сообщений больше не будет, Telegram и MAX отвязаны.");
		assertThat(count("select count(*) from chat_link where guardian_id is not null")).isZero();
	}

	@Test
	void refusesAChannelButtonForAMessengerNotLinked() {
		linkGuardian(IVANOVA, "5А", "Иванова Мария");
		var settings = ask(IVANOVA, "/settings");

		press(IVANOVA, settings.messageId(), "set:ch:max");
		await().atMost(WAIT).until(() -> !TELEGRAM.calls("answerCallbackQuery").isEmpty());

		assertThat(TELEGRAM.calls("answerCallbackQuery").get(0).body()).contains("Эта кнопка больше не действует");
		assertThat(count("select count(*) from guardian where preferred_channel is not null")).isZero();
	}

	@Test
	void keepsWhereThePollingStandsForTheNodeThatTakesOver() {
		linkStaffInMax(SOKOLOVA_MAX, "Соколова Елена");
		askInMax(SOKOLOVA_MAX, "/help");

		await().atMost(WAIT).until(() -> count("select count(*) from chat_poll where marker > 0") == 1);
	}

	@Test
	void sendsAParentTheirDataAsAFile() {
		linkGuardianInMax(IVANOVA_MAX, "5А", "Иванова Мария");
		SentMaxMessage question = askInMax(IVANOVA_MAX, "/mydata");

		pressInMax(IVANOVA_MAX, question, question.buttons().get(0).get(0));
		await().atMost(WAIT).until(() -> MAX.sentMessages(MAX.chatOf(IVANOVA_MAX)).size() == 2);

		SentMaxMessage file = MAX.sentMessages(MAX.chatOf(IVANOVA_MAX)).get(1);
		assertThat(file.file().name()).isEqualTo("classbell-mydata-2026-11-25.json");
		assertThat(new String(file.file().content(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"max\"")
			.contains("\"userId\" : " + IVANOVA_MAX);
	}

	@Test
	void answersInTheLanguageOfThePersonsMax() {
		MAX.write(STRANGER_MAX, "/help", "en");

		assertThat(awaitMax(STRANGER_MAX, 1).get(0).text()).contains("/start");
		assertThat(awaitMax(STRANGER_MAX, 1).get(0).text()).doesNotContain("Сначала");
	}

	@Test
	void takesAParentsVoteInAPollInMax() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkGuardianInMax(IVANOVA_MAX, "5А", "Иванова Мария");
		ask(SOKOLOVA, "/poll 5А Когда удобно собрание? | Вт 18:00 | Чт 18:00");
		long poll = count("select max(id) from poll");
		SentMaxMessage message = askInMax(IVANOVA_MAX, "/children");

		MAX.press(IVANOVA_MAX, message.mid(), "pv:" + poll + ":2");
		await().atMost(WAIT).until(() -> MAX.edits().size() == 1);

		assertThat(MAX.edits().get(0).text()).startsWith("📊 <b>Опрос для 5А</b> (Пётр)")
			.endsWith("✓ Ваш ответ: Чт 18:00");
		assertThat(MAX.edits().get(0).buttons()).extracting((row) -> row.get(0).text())
			.containsExactly("Вт 18:00", "✓ Чт 18:00");
		assertThat(MAX.answers()).extracting((answer) -> answer.notification()).contains("Ответ записан: Чт 18:00");
		assertThat(this.jdbc.sql("select channel || ' ' || cast(options as text) from poll_answer")
			.query(String.class)
			.single()).isEqualTo("max {2}");
	}

	private void linkStaffInMax(long user, String lastAndFirst) {
		var member = this.staff.match(school(), lastAndFirst).found().orElseThrow();
		MAX.start(user, this.invites.forStaff(member, Actor.adminApi()).code());
		awaitMax(user, 2);
		MAX.clearRecordings();
	}

	private void linkGuardianInMax(long user, String className, String guardianName) {
		MAX.start(user, guardianCode(className, guardianName));
		SentMaxMessage question = awaitMax(user, 2).get(1);
		pressInMax(user, question, question.buttons().get(0).get(0));
		await().atMost(WAIT).until(() -> !MAX.edits().isEmpty());
		MAX.clearRecordings();
	}

	private String guardianCode(String className, String guardianName) {
		var schoolClass = this.classes.match(school(), className).found().orElseThrow();
		return this.invites.forClass(school(), schoolClass.id(), Actor.adminApi())
			.stream()
			.filter((invite) -> invite.invitee().name().equals(guardianName))
			.findFirst()
			.orElseThrow()
			.code();
	}

	private SentMaxMessage askInMax(long user, String text) {
		int before = MAX.sentMessages(MAX.chatOf(user)).size();
		MAX.write(user, text);
		return awaitMax(user, before + 1).get(before);
	}

	private void pressInMax(long user, SentMaxMessage message, MaxButton button) {
		MAX.press(user, message.mid(), button.payload());
	}

	private List<SentMaxMessage> awaitMax(long user, int count) {
		await().atMost(WAIT).until(() -> MAX.sentMessages(MAX.chatOf(user)).size() >= count);
		return MAX.sentMessages(MAX.chatOf(user));
	}

}
