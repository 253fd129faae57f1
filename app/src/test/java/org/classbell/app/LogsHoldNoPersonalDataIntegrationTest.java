package org.classbell.app;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.classbell.notifier.testing.Dispatching;
import org.classbell.store.testing.DatabaseCleaner;
import org.classbell.store.testing.TestDatabase;
import org.classbell.testing.FakeBotApi;
import org.classbell.testing.FakeTwilio;
import org.classbell.testing.SentMessage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The main flows (imports, invites, linking, an absence, the week's reports, SMS from a
 * parent, a wrong code, the journal's export, erasure) through the real interfaces, both
 * channels on, with ClassBell's loggers at DEBUG: the log holds none of the fixture's
 * phones, surnames, invite codes or secrets. The application stops after this class
 * ({@code @DirtiesContext}), its dispatcher and bot with it.
 */
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "logging.level.org.classbell=DEBUG")
class LogsHoldNoPersonalDataIntegrationTest extends ApiIntegrationTest {

	static final String BOT_TOKEN = "424242:LOGS-bot-token-5b1d9e";

	static final FakeBotApi TELEGRAM = new FakeBotApi(BOT_TOKEN).username("logs_school_bot");

	static final FakeTwilio TWILIO = new FakeTwilio("AC" + "d".repeat(32), "logs-twilio-auth-token-7c4f");

	static final Duration WAIT = Duration.ofSeconds(15);

	static final long TEACHER = 8101;

	static final long PARENT = 8102;

	static final long STRANGER = 8103;

	static final String WRONG_CODE = "QZ7K4M2W9X3R";

	static final String ZALESSKAYA_PHONE = "+79134826157";

	static final String KOCHUBEEVA_PHONE = "+79137059328";

	static final String UNKNOWN_PHONE = "+79990001122";

	static final String STAFF = """
			last_name,first_name,middle_name,role,class_teacher_of,teaches
			Шубников,Аркадий,Львович,teacher,7В,7В:Алгебра
			Веретенникова,Зоя,,admin,,
			""";

	static final String ROSTER = """
			class,list_no,last_name,first_name,middle_name,guardian_name,guardian_phone,guardian_language,consent
			7В,1,Залесская,Милена,,Залесская Ангелина,8 (913) 482-61-57,ru,yes
			7В,2,Кочубеев,Тимофей,,Кочубеева Евдокия,+7 913 705-93-28,ru,yes
			7В,3,Пржевальская,Дарина,,,,,
			""";

	@Autowired
	JdbcClient jdbc;

	final LogLeaks leaks = new LogLeaks().add("admin token", TOKEN)
		.add("metrics token", METRICS_TOKEN)
		.add("bot token", BOT_TOKEN)
		.add("Twilio auth token", TWILIO.authToken())
		.add("wrong invite code", WRONG_CODE)
		.phone("Залесская", "8 (913) 482-61-57", ZALESSKAYA_PHONE)
		.phone("Кочубеева", "+7 913 705-93-28", KOCHUBEEVA_PHONE)
		.phone("an unknown sender", UNKNOWN_PHONE, UNKNOWN_PHONE)
		.add("surname", "Шубников")
		.add("surname", "Веретенникова")
		.add("surname", "Залесская")
		.add("surname", "Кочубеев")
		.add("surname", "Кочубеева")
		.add("surname", "Пржевальская");

	/**
	 * Empties the database before the application starts, so that its dispatcher finds no
	 * notification that other test classes left.
	 */
	@BeforeAll
	static void emptyDatabase() {
		DatabaseCleaner.clean(TestDatabase.migrated());
	}

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		Dispatching.through(TWILIO, registry);
		registry.add("classbell.telegram.token", () -> BOT_TOKEN);
		registry.add("classbell.telegram.api-url", () -> TELEGRAM.url().toString());
	}

	@Test
	void logsNoPersonalDataInTheMainFlows(CapturedOutput output) {
		List<JsonNode> guardians = importAndLink();
		alertAnAbsenceByTelegramAndSms();
		assertThat(
				postAsAdmin("/api/reports/run", "application/json", "{\"period\": \"week\", \"date\": \"2026-11-25\"}")
					.json()
					.get("queued")
					.asInt())
			.isEqualTo(2);
		await().atMost(WAIT).until(() -> TELEGRAM.sentMessages(PARENT).size() == 2);
		TWILIO.awaitMessages(2);
		answerBySms();
		assertThat(get("/api/export/journal?from=2026-11-25&to=2026-11-25&class="
				+ URLEncoder.encode("7В", StandardCharsets.UTF_8), "Authorization", "Bearer " + TOKEN)
			.body()).contains(",absent,1,Залесская Милена,");
		for (JsonNode guardian : guardians) {
			assertThat(postAsAdmin("/api/guardians/" + guardian.get("id").asLong() + "/erase", "application/json",
					"{\"reason\": \"просьба родителя\"}")
				.status()).isEqualTo(200);
		}

		String log = output.getAll();
		assertThat(log.lines().filter((line) -> line.contains("DEBUG") && line.contains("taken by Twilio as")))
			.as("ClassBell's DEBUG lines reach the captured log")
			.isNotEmpty();
		assertThat(log.lines().filter((line) -> line.contains("INFO") && line.contains("Reports (week")))
			.as("ClassBell's INFO lines reach the captured log")
			.isNotEmpty();
		assertThat(this.leaks.in(log)).as("log lines with personal data or secrets").isEmpty();
	}

	/**
	 * Imports the staff and the roster, issues codes, links the teacher and one parent in
	 * the bot, and tries a wrong code.
	 * @return the invite rows of the class's guardians
	 */
	private List<JsonNode> importAndLink() {
		assertThat(postAsAdmin("/api/import/roster", "text/csv", ROSTER).status()).isEqualTo(200);
		assertThat(postAsAdmin("/api/import/staff", "text/csv", STAFF).status()).isEqualTo(200);
		String teacherCode = invites("{\"staff\": \"Шубников Аркадий\"}").get(0).get("code").asString();
		List<JsonNode> guardians = invites("{\"class\": \"7В\"}");
		say(TEACHER, "/start " + teacherCode);
		awaitReplies(TEACHER, 2);
		linkParent(guardians.stream()
			.filter((row) -> row.get("name").asString().equals("Залесская Ангелина"))
			.findFirst()
			.orElseThrow()
			.get("code")
			.asString());
		assertThat(ask(STRANGER, "/start " + WRONG_CODE).text()).startsWith("Такого кода нет");
		return guardians;
	}

	/**
	 * The teacher marks both children absent: the linked parent hears by Telegram, the
	 * other by SMS, after Twilio refused the first attempt with a text that repeats the
	 * number, as its errors do.
	 */
	private void alertAnAbsenceByTelegramAndSms() {
		TWILIO.failNext(429, 20429, "Too Many Requests: message to " + KOCHUBEEVA_PHONE + " was not sent");
		assertThat(ask(TEACHER, "/absent 7В Залесская Кочубеев").text()).contains("Родителям сообщу");
		this.clock.advance(Duration.ofMinutes(3));
		await().atMost(WAIT).until(() -> TELEGRAM.sentMessages(PARENT).size() == 1);
		await().atMost(WAIT)
			.until(() -> this.jdbc.sql("select count(*) from notification where attempts = 1 and status = 'queued'")
				.query(Long.class)
				.single() == 1);
		this.clock.advance(Duration.ofMinutes(2));
		TWILIO.awaitMessages(1);
	}

	/**
	 * Twilio reports the alert undelivered; the SMS parent asks for a report and stops;
	 * an unknown number asks too.
	 */
	private void answerBySms() {
		String alert = TWILIO.messages().get(0).sid();
		assertThat(twilio("/webhooks/twilio/status", Map.of("MessageSid", alert, "MessageStatus", "undelivered",
				"ErrorCode", "30003", "AccountSid", TWILIO.accountSid())))
			.isEqualTo(204);
		assertThat(sms(KOCHUBEEVA_PHONE, "ОТЧЕТ")).isEqualTo(200);
		TWILIO.awaitMessages(3);
		assertThat(sms(KOCHUBEEVA_PHONE, "STOP")).isEqualTo(200);
		assertThat(sms(UNKNOWN_PHONE, "ОТЧЕТ")).isEqualTo(200);
	}

	/**
	 * Issues invite codes through the admin API, and looks for them in the log.
	 * @return the rows of the answer
	 */
	private List<JsonNode> invites(String request) {
		Response issued = postAsAdmin("/api/invites", "application/json", request);
		assertThat(issued.status()).isEqualTo(200);
		List<JsonNode> rows = new ArrayList<>();
		for (JsonNode row : issued.json()) {
			rows.add(row);
			this.leaks.add("invite code", row.get("code").asString());
		}
		return rows;
	}

	private void linkParent(String code) {
		say(PARENT, "/start " + code);
		SentMessage question = awaitReplies(PARENT, 2).get(1);
		TELEGRAM.pressButton(PARENT, PARENT, question.messageId(), question.buttons().get(0).get(0).callbackData());
		await().atMost(WAIT).until(() -> !TELEGRAM.edits().isEmpty());
		TELEGRAM.clearRecordings();
	}

	private void say(long user, String text) {
		TELEGRAM.sendText(user, user, text);
	}

	private List<SentMessage> awaitReplies(long user, int count) {
		await().atMost(WAIT).until(() -> TELEGRAM.sentMessages(user).size() >= count);
		return TELEGRAM.sentMessages(user);
	}

	private SentMessage ask(long user, String text) {
		int before = TELEGRAM.sentMessages(user).size();
		say(user, text);
		return awaitReplies(user, before + 1).get(before);
	}

	/**
	 * Posts an SMS from a phone, as Twilio would.
	 * @return the HTTP status of the answer
	 */
	private int sms(String from, String body) {
		return twilio("/webhooks/twilio/inbound", Map.of("From", from, "To", Dispatching.SENDER, "Body", body,
				"MessageSid", "SM" + Long.toHexString(System.nanoTime()), "AccountSid", TWILIO.accountSid()));
	}

	/**
	 * Posts a form to one of Twilio's webhooks, signed as Twilio signs it.
	 * @return the HTTP status of the answer
	 */
	private int twilio(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		String signature = FakeTwilio.signature(TWILIO.authToken(), Dispatching.PUBLIC_URL + path, form);
		return post(path, "application/x-www-form-urlencoded", body, "X-Twilio-Signature", signature).status();
	}

}
