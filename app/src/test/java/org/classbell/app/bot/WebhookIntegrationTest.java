package org.classbell.app.bot;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.app.ApiIntegrationTest;
import org.classbell.store.Actor;
import org.classbell.store.invite.Invites;
import org.classbell.store.staff.StaffMembers;
import org.classbell.testing.FakeBotApi;
import org.classbell.testing.SentMessage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhook mode: the webhook is registered with the secret at start, updates posted with
 * the secret are handled, and the rest are refused.
 */
class WebhookIntegrationTest extends ApiIntegrationTest {

	static final String TOKEN = "654321:WEBHOOK-token";

	static final FakeBotApi TELEGRAM = new FakeBotApi(TOKEN);

	static final String SECRET = "webhook-secret-123";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Invites invites;

	@Autowired
	StaffMembers staff;

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		registry.add("classbell.telegram.token", () -> TOKEN);
		registry.add("classbell.telegram.api-url", () -> TELEGRAM.url().toString());
		registry.add("classbell.telegram.mode", () -> "webhook");
		registry.add("classbell.telegram.webhook-secret", () -> SECRET);
		registry.add("classbell.public-url", () -> "https://bell.school1.example/");
	}

	@AfterAll
	static void stop() {
		TELEGRAM.close();
	}

	@BeforeEach
	void staff() {
		TELEGRAM.clearRecordings();
		postAsAdmin("/api/import/staff", "text/csv", """
				last_name,first_name,middle_name,role,class_teacher_of,teaches
				Белова,Ирина,,admin,,
				""");
	}

	@Test
	void registersTheWebhookWithItsSecretAndDoesNotPoll() {
		await().atMost(BotIntegrationTest.WAIT).until(() -> TELEGRAM.webhook().isPresent());

		assertThat(TELEGRAM.webhook().get().url()).isEqualTo("https://bell.school1.example/webhooks/telegram");
		assertThat(TELEGRAM.webhook().get().secretToken()).isEqualTo(SECRET);
		assertThat(TELEGRAM.calls("getUpdates")).isEmpty();
	}

	@Test
	void handlesUpdatesPostedWithTheSecret() {
		var member = this.staff
			.match(this.jdbc.sql("select id from school")
				.query(Long.class)
				.list()
				.stream()
				.map(org.classbell.store.SchoolId::new)
				.findFirst()
				.orElseThrow(), "Белова Ирина")
			.found()
			.orElseThrow();
		String code = this.invites.forStaff(member, Actor.adminApi()).code();
		int update = TELEGRAM.sendText(77, 77, "/start " + code);

		Response answer = post("/webhooks/telegram", "application/json", TELEGRAM.updateJson(update),
				"X-Telegram-Bot-Api-Secret-Token", SECRET);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(TELEGRAM.sentMessages(77)).first()
			.extracting(SentMessage::text)
			.isEqualTo("Здравствуйте, Ирина! Telegram привязан к вашей учётной записи учителя.");
		assertThat(this.jdbc.sql("select count(*) from telegram_link").query(Long.class).single()).isOne();
	}

	@Test
	void refusesUpdatesWithoutTheSecretAndChangesNothing() {
		int update = TELEGRAM.sendText(77, 77, "/help");

		Response wrong = post("/webhooks/telegram", "application/json", TELEGRAM.updateJson(update),
				"X-Telegram-Bot-Api-Secret-Token", "guess");
		Response missing = post("/webhooks/telegram", "application/json", TELEGRAM.updateJson(update));

		assertThat(wrong.status()).isEqualTo(403);
		assertThat(wrong.json().get("message").asString())
			.isEqualTo("Wrong or missing X-Telegram-Bot-Api-Secret-Token");
		assertThat(missing.status()).isEqualTo(403);
		assertThat(this.jdbc.sql("select count(*) from telegram_update").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from telegram_account").query(Long.class).single()).isZero();
		assertThat(TELEGRAM.sentMessages()).isEmpty();
	}

}
