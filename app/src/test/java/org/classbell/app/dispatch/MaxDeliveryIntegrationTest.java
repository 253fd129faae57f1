package org.classbell.app.dispatch;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.classbell.app.ApiIntegrationTest;
import org.classbell.notifier.testing.Dispatching;
import org.classbell.store.testing.DatabaseCleaner;
import org.classbell.store.testing.TestDatabase;
import org.classbell.testing.FakeBotApi;
import org.classbell.testing.FakeMaxApi;
import org.classbell.testing.FakeTwilio;
import org.classbell.testing.SentMaxMessage;
import org.classbell.testing.SentMessage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * MAX end to end, with Telegram and SMS on as well: invites carry a link for each
 * messenger; a teacher and a parent link in MAX; a teacher's {@code /absent} in MAX
 * alerts the parent in MAX; a parent who blocks the bot gets the next alert by SMS, and
 * one linked in both messengers by the other messenger; the delivery figures count MAX
 * apart. The application stops after this class ({@code @DirtiesContext}), its dispatcher
 * and bots with it.
 */
@DirtiesContext
class MaxDeliveryIntegrationTest extends ApiIntegrationTest {

	static final FakeBotApi TELEGRAM = new FakeBotApi("515151:MAX-delivery-telegram-token").username("gym5_bot");

	static final FakeMaxApi MAX = new FakeMaxApi("max-delivery-token-9f3e").username("gym5_max_bot");

	static final FakeTwilio TWILIO = new FakeTwilio("AC" + "e".repeat(32), "max-delivery-twilio-auth-token");

	static final Duration WAIT = Duration.ofSeconds(15);

	static final long TEACHER = 9101;

	static final long PARENT = 9102;

	static final long OTHER_PARENT = 9103;

	static final String PARENT_PHONE = "+79134826157";

	static final String STAFF = """
			last_name,first_name,middle_name,role,class_teacher_of,teaches
			Шубников,Аркадий,Львович,teacher,7В,7В:Алгебра
			""";

	static final String ROSTER = """
			class,list_no,last_name,first_name,middle_name,guardian_name,guardian_phone,guardian_language,consent
			7В,1,Залесская,Милена,,Залесская Ангелина,8 (913) 482-61-57,ru,yes
			7В,2,Кочубеев,Тимофей,,Кочубеева Евдокия,+7 913 705-93-28,ru,yes
			""";

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void emptyDatabase() {
		DatabaseCleaner.clean(TestDatabase.migrated());
	}

	@AfterAll
	static void stop() {
		MAX.close();
		TELEGRAM.close();
	}

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		Dispatching.through(TWILIO, registry);
		registry.add("classbell.telegram.token", TELEGRAM::token);
		registry.add("classbell.telegram.api-url", () -> TELEGRAM.url().toString());
		registry.add("classbell.max.token", MAX::token);
		registry.add("classbell.max.api-url", () -> MAX.url().toString());
	}

	@BeforeEach
	void school() {
		MAX.clearRecordings();
		TELEGRAM.clearRecordings();
		TWILIO.reset();
		this.clock.reset();
		assertThat(postAsAdmin("/api/import/roster", "text/csv", ROSTER).status()).isEqualTo(200);
		assertThat(postAsAdmin("/api/import/staff", "text/csv", STAFF).status()).isEqualTo(200);
	}

	@Test
	void givesEachInviteALinkForEachMessenger() {
		JsonNode row = invites("{\"staff\": \"Шубников Аркадий\"}").get(0);
		String code = row.get("code").asString();

		assertThat(row.get("link").asString()).isEqualTo("https://t.me/gym5_bot?start=" + code);
		assertThat(row.get("maxLink").asString()).isEqualTo("https://max.ru/gym5_max_bot?start=" + code);
	}

	@Test
	void alertsAParentInMaxAndBySmsOnceTheyBlockTheBot() {
		linkTeacherInMax();
		linkParentInMax(PARENT, "Залесская Ангелина");

		assertThat(askInMax(TEACHER, "/absent 7В Залесская").text()).contains("Родителям сообщу");
		this.clock.advance(Duration.ofMinutes(3));
		await().atMost(WAIT).until(() -> MAX.sentMessages(MAX.chatOf(PARENT)).size() == 1);
		assertThat(MAX.sentMessages(MAX.chatOf(PARENT)).get(0).text()).contains("Милена").contains("7В");
		assertThat(MAX.sentMessages(MAX.chatOf(PARENT)).get(0).format()).isEqualTo("html");
		await().atMost(WAIT)
			.until(() -> count("select count(*) from notification where channel = 'max' "
					+ "and status = 'sent' and provider_id is not null") == 1);

		MAX.block(MAX.chatOf(PARENT));
		assertThat(askInMax(TEACHER, "/late @2 Залесская").text()).contains("Родителям сообщу");
		this.clock.advance(Duration.ofMinutes(3));
		TWILIO.awaitMessages(1);

		assertThat(TWILIO.messages().get(0).to()).isEqualTo(PARENT_PHONE);
		assertThat(this.jdbc.sql("select error from notification where channel = 'max' and status = 'failed'")
			.query(String.class)
			.single()).startsWith("MAX 403").endsWith("; chat unlinked; sent by SMS instead");
		assertThat(count("select count(*) from chat_link where messenger = 'max' and guardian_id is not null"))
			.isZero();
		JsonNode delivery = get("/api/monitoring/delivery", "Authorization", "Bearer " + TOKEN).json().get("channels");
		assertThat(delivery.get(1).get("channel").asString()).isEqualTo("max");
		assertThat(delivery.get(1).get("sent").asInt()).isEqualTo(1);
		assertThat(delivery.get(1).get("failed").asInt()).isEqualTo(1);
	}

	@Test
	void reachesAParentLinkedInBothByTheOneLinkedLastAndFallsBackToTheOther() {
		linkTeacherInMax();
		linkParentInTelegram(OTHER_PARENT, "Кочубеева Евдокия");
		linkParentInMax(OTHER_PARENT, "Кочубеева Евдокия");

		askInMax(TEACHER, "/absent 7В Кочубеев");
		this.clock.advance(Duration.ofMinutes(3));
		await().atMost(WAIT).until(() -> MAX.sentMessages(MAX.chatOf(OTHER_PARENT)).size() == 1);
		assertThat(TELEGRAM.sentMessages(OTHER_PARENT)).isEmpty();

		MAX.block(MAX.chatOf(OTHER_PARENT));
		askInMax(TEACHER, "/late @2 Кочубеев");
		this.clock.advance(Duration.ofMinutes(3));
		await().atMost(WAIT).until(() -> TELEGRAM.sentMessages(OTHER_PARENT).size() == 1);

		assertThat(TELEGRAM.sentMessages(OTHER_PARENT).get(0).text()).contains("Тимофей");
		assertThat(this.jdbc.sql("select error from notification where channel = 'max' and status = 'failed'")
			.query(String.class)
			.single()).endsWith("; chat unlinked; sent by Telegram instead");
		assertThat(TWILIO.messages()).as("no SMS while a messenger reaches the parent").isEmpty();
	}

	@Test
	void sendsByTheMessengerTheParentChoseInSettings() {
		linkTeacherInMax();
		linkParentInMax(OTHER_PARENT, "Кочубеева Евдокия");
		linkParentInTelegram(OTHER_PARENT, "Кочубеева Евдокия");
		SentMessage settings = askInTelegram(OTHER_PARENT, "/settings");
		assertThat(settings.text()).contains("Канал: Telegram");
		TELEGRAM.pressButton(OTHER_PARENT, OTHER_PARENT, settings.messageId(),
				settings.buttons().get(0).get(1).callbackData());
		await().atMost(WAIT).until(() -> TELEGRAM.edits().size() == 1);
		assertThat(TELEGRAM.edits().get(0).text()).contains("Канал: MAX");

		askInMax(TEACHER, "/absent 7В Кочубеев");
		this.clock.advance(Duration.ofMinutes(3));
		await().atMost(WAIT).until(() -> MAX.sentMessages(MAX.chatOf(OTHER_PARENT)).size() == 1);

		assertThat(TELEGRAM.sentMessages(OTHER_PARENT)).hasSize(1);
	}

	private void linkTeacherInMax() {
		String link = invites("{\"staff\": \"Шубников Аркадий\"}").get(0).get("maxLink").asString();
		MAX.start(TEACHER, link.substring(link.indexOf("?start=") + "?start=".length()));
		awaitMax(TEACHER, 1);
	}

	private void linkParentInMax(long user, String name) {
		MAX.start(user, codeOf(name));
		SentMaxMessage question = awaitMax(user, 2).get(1);
		int edits = MAX.edits().size();
		MAX.press(user, question.mid(), question.buttons().get(0).get(0).payload());
		await().atMost(WAIT).until(() -> MAX.edits().size() > edits);
		MAX.clearRecordings();
	}

	private void linkParentInTelegram(long user, String name) {
		TELEGRAM.sendText(user, user, "/start " + codeOf(name));
		await().atMost(WAIT).until(() -> TELEGRAM.sentMessages(user).size() >= 2);
		SentMessage question = TELEGRAM.sentMessages(user).get(1);
		TELEGRAM.pressButton(user, user, question.messageId(), question.buttons().get(0).get(0).callbackData());
		await().atMost(WAIT).until(() -> !TELEGRAM.edits().isEmpty());
		TELEGRAM.clearRecordings();
	}

	private String codeOf(String name) {
		return invites("{\"class\": \"7В\"}").stream()
			.filter((row) -> row.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow()
			.get("code")
			.asString();
	}

	private List<JsonNode> invites(String request) {
		Response issued = postAsAdmin("/api/invites", "application/json", request);
		assertThat(issued.status()).isEqualTo(200);
		return List.copyOf(issued.json().valueStream().toList());
	}

	private SentMaxMessage askInMax(long user, String text) {
		int before = MAX.sentMessages(MAX.chatOf(user)).size();
		MAX.write(user, text);
		return awaitMax(user, before + 1).get(before);
	}

	private SentMessage askInTelegram(long user, String text) {
		int before = TELEGRAM.sentMessages(user).size();
		TELEGRAM.sendText(user, user, text);
		await().atMost(WAIT).until(() -> TELEGRAM.sentMessages(user).size() > before);
		return TELEGRAM.sentMessages(user).get(before);
	}

	private List<SentMaxMessage> awaitMax(long user, int count) {
		await().atMost(WAIT).until(() -> MAX.sentMessages(MAX.chatOf(user)).size() >= count);
		return MAX.sentMessages(MAX.chatOf(user));
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
