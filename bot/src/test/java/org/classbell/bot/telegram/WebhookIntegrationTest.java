package org.classbell.bot.telegram;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.classbell.bot.BotTestApplication;
import org.classbell.store.Actor;
import org.classbell.store.invite.Invites;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;
import org.classbell.store.staff.StaffImport;
import org.classbell.store.staff.StaffMembers;
import org.classbell.store.testing.DatabaseTest;
import org.classbell.store.testing.ImportedSchool;
import org.classbell.store.testing.Lines;
import org.classbell.store.testing.Outcomes;
import org.classbell.testing.FakeBotApi;
import org.classbell.testing.LocalHttp;
import org.classbell.testing.LocalHttp.Answer;
import org.classbell.testing.SentMessage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhook mode: the webhook is registered with the secret at start, updates posted with
 * the secret are handled, and the rest are refused.
 */
@SpringBootTest(classes = BotTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "classbell.home=${java.io.tmpdir}/classbell-test-${random.uuid}",
				"classbell.notifier.dispatch.enabled=false", "classbell.reports.scheduled=false" })
@DatabaseTest
class WebhookIntegrationTest {

	static final String TOKEN = "654321:WEBHOOK-token";

	static final FakeBotApi TELEGRAM = new FakeBotApi(TOKEN);

	static final String SECRET = "webhook-secret-123";

	static final Duration WAIT = Duration.ofSeconds(10);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Schools schools;

	@Autowired
	StaffImport staffImport;

	@Autowired
	StaffMembers staff;

	@Autowired
	Invites invites;

	School school;

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
		this.school = this.schools.ensure(ImportedSchool.NAME, ImportedSchool.ZONE, "RU");
		Outcomes
			.applied(this.staffImport.apply(this.school.id(), Lines.staff("Белова,Ирина,,admin,,"), Actor.adminApi()));
	}

	@Test
	void registersTheWebhookWithItsSecretAndDoesNotPoll() {
		await().atMost(WAIT).until(() -> TELEGRAM.webhook().isPresent());

		assertThat(TELEGRAM.webhook().get().url()).isEqualTo("https://bell.school1.example/webhooks/telegram");
		assertThat(TELEGRAM.webhook().get().secretToken()).isEqualTo(SECRET);
		assertThat(TELEGRAM.calls("getUpdates")).isEmpty();
	}

	@Test
	void handlesUpdatesPostedWithTheSecret() {
		var member = this.staff.match(this.school.id(), "Белова Ирина").found().orElseThrow();
		String code = this.invites.forStaff(member, Actor.adminApi()).code();
		int update = TELEGRAM.sendText(77, 77, "/start " + code);

		Answer answer = post(TELEGRAM.updateJson(update), SECRET);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(TELEGRAM.sentMessages(77)).first()
			.extracting(SentMessage::text)
			.isEqualTo("Здравствуйте, Ирина! Telegram привязан к вашей учётной записи учителя.");
		assertThat(this.jdbc.sql("select count(*) from chat_link").query(Long.class).single()).isOne();
	}

	@Test
	void refusesUpdatesWithoutTheSecretAndChangesNothing() {
		int update = TELEGRAM.sendText(77, 77, "/help");

		Answer wrong = post(TELEGRAM.updateJson(update), "guess");
		Answer missing = post(TELEGRAM.updateJson(update), null);

		assertThat(wrong.status()).isEqualTo(403);
		assertThat(this.json.readTree(wrong.body()).get("message").asString())
			.isEqualTo("Wrong or missing X-Telegram-Bot-Api-Secret-Token");
		assertThat(missing.status()).isEqualTo(403);
		assertThat(this.jdbc.sql("select count(*) from chat_update").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from chat_account").query(Long.class).single()).isZero();
		assertThat(TELEGRAM.sentMessages()).isEmpty();
	}

	/**
	 * Posts an update to the webhook as Telegram would, with the secret unless it is
	 * {@code null}.
	 */
	private Answer post(String update, String secret) {
		return LocalHttp.post(URI.create("http://localhost:" + this.port + "/webhooks/telegram"), "application/json",
				update, "X-Telegram-Bot-Api-Secret-Token", secret);
	}

}
