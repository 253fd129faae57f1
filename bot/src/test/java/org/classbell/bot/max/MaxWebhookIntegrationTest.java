package org.classbell.bot.max;

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
import org.classbell.testing.FakeMaxApi;
import org.classbell.testing.LocalHttp.Answer;
import org.classbell.testing.LocalHttp;
import org.classbell.testing.SentMaxMessage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * MAX in webhook mode, without Telegram: the subscription is made with the secret at
 * start, updates posted with the secret are handled (once, however often MAX posts them),
 * and the rest are refused and change nothing.
 */
@SpringBootTest(classes = BotTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "classbell.home=${java.io.tmpdir}/classbell-test-${random.uuid}",
				"classbell.notifier.dispatch.enabled=false", "classbell.reports.scheduled=false" })
@DatabaseTest
class MaxWebhookIntegrationTest {

	static final String TOKEN = "max-webhook-token-51c0e2";

	static final FakeMaxApi MAX = new FakeMaxApi(TOKEN).username("school1_max_bot");

	static final String SECRET = "max-webhook-secret_123";

	static final Duration WAIT = Duration.ofSeconds(10);

	static final long BELOVA = 77;

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
	static void max(DynamicPropertyRegistry registry) {
		registry.add("classbell.max.token", () -> TOKEN);
		registry.add("classbell.max.api-url", () -> MAX.url().toString());
		registry.add("classbell.max.mode", () -> "webhook");
		registry.add("classbell.max.webhook-secret", () -> SECRET);
		registry.add("classbell.public-url", () -> "https://bell.school1.example/");
	}

	@AfterAll
	static void stop() {
		MAX.close();
	}

	@BeforeEach
	void staff() {
		MAX.clearRecordings();
		this.school = this.schools.ensure(ImportedSchool.NAME, ImportedSchool.ZONE, "RU");
		Outcomes
			.applied(this.staffImport.apply(this.school.id(), Lines.staff("Белова,Ирина,,admin,,"), Actor.adminApi()));
	}

	@Test
	void subscribesTheWebhookWithItsSecretAndDoesNotPoll() {
		await().atMost(WAIT).until(() -> !MAX.subscriptions().isEmpty());

		assertThat(MAX.subscriptions().get(0).url()).isEqualTo("https://bell.school1.example/webhooks/max");
		assertThat(MAX.subscriptions().get(0).secret()).isEqualTo(SECRET);
		assertThat(MAX.subscriptions().get(0).types()).containsExactly("message_created", "message_callback",
				"bot_started");
		assertThat(MAX.requests()).noneMatch((request) -> request.path().startsWith("/updates"));
	}

	@Test
	void handlesAnUpdatePostedWithTheSecretOnceHoweverOftenItComes() {
		var member = this.staff.match(this.school.id(), "Белова Ирина").found().orElseThrow();
		String code = this.invites.forStaff(member, Actor.adminApi()).code();
		MAX.start(BELOVA, code);
		String update = MAX.lastUpdateJson();

		Answer first = post(update, SECRET);
		Answer again = post(update, SECRET);

		assertThat(first.status()).isEqualTo(200);
		assertThat(again.status()).isEqualTo(200);
		assertThat(MAX.sentMessages(MAX.chatOf(BELOVA))).as("the greeting and a first hint, once")
			.hasSize(2)
			.first()
			.extracting(SentMaxMessage::text)
			.isEqualTo("Здравствуйте, Ирина! MAX привязан к вашей учётной записи учителя.");
		assertThat(this.jdbc.sql("select messenger, user_id, chat_id from chat_link")
			.query((row, index) -> row.getString(1) + "/" + row.getLong(2) + "/" + row.getLong(3))
			.list()).containsExactly("max/" + BELOVA + "/" + MAX.chatOf(BELOVA));
	}

	@Test
	void refusesUpdatesWithoutTheSecretAndChangesNothing() {
		MAX.write(BELOVA, "/help");
		String update = MAX.lastUpdateJson();

		Answer wrong = post(update, "guess-guess");
		Answer missing = post(update, null);

		assertThat(wrong.status()).isEqualTo(403);
		assertThat(this.json.readTree(wrong.body()).get("message").asString())
			.isEqualTo("Wrong or missing X-Max-Bot-Api-Secret");
		assertThat(missing.status()).isEqualTo(403);
		assertThat(this.jdbc.sql("select count(*) from chat_update").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from chat_account").query(Long.class).single()).isZero();
		assertThat(MAX.sentMessages()).isEmpty();
	}

	@Test
	void refusesWhatIsNotAnUpdate() {
		Answer answer = post("{\"hello\": 1}", SECRET);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(MAX.sentMessages()).isEmpty();
	}

	private Answer post(String update, String secret) {
		return LocalHttp.post(URI.create("http://localhost:" + this.port + "/webhooks/max"), "application/json", update,
				"X-Max-Bot-Api-Secret", secret);
	}

}
