package org.classbell.app.dispatch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.app.bot.BotIntegrationTest;
import org.classbell.notifier.dispatch.Carrier;
import org.classbell.notifier.dispatch.Deliveries;
import org.classbell.notifier.dispatch.DispatchProperties;
import org.classbell.notifier.dispatch.Dispatcher;
import org.classbell.testing.FakeTwilio;
import org.classbell.testing.SentMessage;
import org.classbell.testing.SentSms;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole application sending what the outbox holds through the real TelegramBots
 * client and the real Twilio SDK, to a local Bot API server and a local Twilio REST API;
 * and taking Twilio's signed callbacks. Rate limits are lifted so that nothing waits on
 * the wall clock; retries and quiet hours follow the test's clock.
 */
class DispatchIntegrationTest extends BotIntegrationTest {

	static final FakeTwilio TWILIO = new FakeTwilio("AC0123456789abcdef0123456789abcdef", "twilio-auth-token");

	static final String PUBLIC_URL = "https://bell.school1.example";

	static final String SENDER = "+15005550006";

	/** Алексеева Ольга, mother of Борис (5А): SMS, with consent. */
	static final String ALEKSEEVA_PHONE = "+79110000001";

	@Autowired
	Deliveries deliveries;

	@Autowired
	List<Carrier> carriers;

	@Autowired
	DispatchProperties dispatchProperties;

	@DynamicPropertySource
	static void dispatch(DynamicPropertyRegistry registry) {
		dispatchThrough(TWILIO, registry);
	}

	/**
	 * Dispatch on, with rate limits lifted, through the local Bot API server and the
	 * given local Twilio.
	 */
	static void dispatchThrough(FakeTwilio twilio, DynamicPropertyRegistry registry) {
		registry.add("classbell.notifier.dispatch.enabled", () -> "true");
		registry.add("classbell.notifier.dispatch.poll-interval", () -> "20ms");
		registry.add("classbell.notifier.dispatch.telegram-per-second", () -> "0");
		registry.add("classbell.notifier.dispatch.telegram-chat-per-second", () -> "0");
		registry.add("classbell.notifier.dispatch.sms-per-second", () -> "0");
		registry.add("classbell.twilio.account-sid", twilio::accountSid);
		registry.add("classbell.twilio.auth-token", twilio::authToken);
		registry.add("classbell.twilio.from", () -> SENDER);
		registry.add("classbell.twilio.api-url", () -> twilio.url().toString());
		registry.add("classbell.public-url", () -> PUBLIC_URL);
	}

	@BeforeEach
	void linkTeacher() {
		TWILIO.reset();
		linkStaff(SOKOLOVA, "Соколова Елена");
	}

	@Test
	void sendsEachAlertOnceByTelegramOrSms() {
		linkGuardian(PETROVA, "5А", "Петрова Ирина");
		ask(SOKOLOVA, "/praise Алексеев решил олимпиадную задачу");
		SentSms sms = TWILIO.awaitMessages(1).get(0);
		assertThat(sms.to()).isEqualTo(ALEKSEEVA_PHONE);
		assertThat(sms.from()).isEqualTo(SENDER);
		assertThat(sms.body()).isEqualTo("Борис (5А), похвала: решил олимпиадную задачу");
		assertThat(sms.statusCallback()).isEqualTo(PUBLIC_URL + "/webhooks/twilio/status");
		awaitStatus("sms", "sent");
		assertThat(this.jdbc.sql("select provider_id || ' ' || segments || ' ' || attempts from notification")
			.query(String.class)
			.single()).isEqualTo(sms.sid() + " 1 1");

		ask(SOKOLOVA, "/praise Петрова spoke at the conference");
		await().atMost(WAIT).until(() -> TELEGRAM.sentMessages(PETROVA).size() == 1);
		assertThat(TELEGRAM.sentMessages(PETROVA).get(0).text()).contains("Анна", "spoke at the conference");
		awaitStatus("telegram", "sent");
		assertThat(TWILIO.messages()).hasSize(1);
		assertThat(TELEGRAM.sentMessages(PETROVA)).hasSize(1);
	}

	@Test
	void mergesAbsencesWithinTheWindowIntoOneSmsSentWhenItCloses() {
		ask(SOKOLOVA, "/absent @1 Алексеев");
		ask(SOKOLOVA, "/absent @2 Алексеев");
		this.clock.advance(Duration.ofSeconds(119));
		assertThat(TWILIO.messages()).isEmpty();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(TWILIO.awaitMessages(1).get(0).body()).isEqualTo("Борис (5А) 25.11: пропуск уроков 1, 2.");
		awaitStatus("sms", "sent");
		assertThat(TWILIO.messages()).hasSize(1);
	}

	@Test
	void holdsMessagesInQuietHoursUntilTheMorning() {
		this.clock.set(Instant.parse("2026-11-25T19:30:00Z"));
		ask(SOKOLOVA, "/praise Алексеев помог однокласснику");
		Instant morning = Instant.parse("2026-11-26T05:00:00Z");
		await().atMost(WAIT)
			.until(() -> this.jdbc.sql("select next_attempt_at from notification")
				.query(OffsetDateTime.class)
				.single()
				.toInstant()
				.equals(morning));
		this.clock.set(morning.minusSeconds(1));
		assertThat(TWILIO.messages()).isEmpty();
		this.clock.set(morning);
		assertThat(TWILIO.awaitMessages(1).get(0).body()).contains("помог однокласснику");
	}

	@Test
	void fallsBackToSmsAndUnlinksTheChatWhenTheBotIsBlocked() {
		linkGuardian(PETROVA, "5А", "Петрова Ирина");
		ask(SOKOLOVA, "/absent @1 Петрова");
		TELEGRAM.failNext("sendMessage", 403, "Forbidden: bot was blocked by the user");
		this.clock.advance(Duration.ofMinutes(2));
		SentSms sms = TWILIO.awaitMessages(1).get(0);
		assertThat(sms.to()).isEqualTo("+79110000004");
		assertThat(sms.body()).isEqualTo("Анна (5А) Nov 25: absent from lesson 1.");
		assertThat(TELEGRAM.sentMessages(PETROVA)).isEmpty();
		assertThat(count("select count(*) from telegram_link where telegram_user_id = ?", PETROVA)).isZero();
		assertThat(this.jdbc
			.sql("select channel || ' ' || status || ' ' || coalesce(error, '') from notification " + "order by id")
			.query(String.class)
			.list()).containsExactly(
					"telegram failed Telegram 403: Forbidden: bot was blocked by the user; chat unlinked; sent by SMS instead",
					"sms sent ");
	}

	@Test
	void waitsTheRetryAfterTelegramAsksFor() {
		linkGuardian(PETROVA, "5А", "Петрова Ирина");
		ask(SOKOLOVA, "/absent @1 Петрова");
		TELEGRAM.failNext("sendMessage", 429, "Too Many Requests: retry after 7", 7);
		this.clock.advance(Duration.ofMinutes(2));
		Instant retry = this.clock.instant().plusSeconds(7);
		await().atMost(WAIT)
			.until(() -> count(
					"select count(*) from notification where attempts = 1 and "
							+ "status = 'queued' and next_attempt_at = ?",
					OffsetDateTime.ofInstant(retry, this.clock.getZone())) == 1);
		assertThat(TELEGRAM.sentMessages(PETROVA)).isEmpty();
		this.clock.advance(Duration.ofSeconds(7));
		await().atMost(WAIT).until(() -> TELEGRAM.sentMessages(PETROVA).size() == 1);
		awaitStatus("telegram", "sent");
		assertThat(count("select attempts from notification")).isEqualTo(2);
	}

	@Test
	void retriesServerErrorsWithBackoff() {
		TWILIO.failNext(500, 20500, "Internal Server Error");
		Instant start = this.clock.instant();
		ask(SOKOLOVA, "/praise Алексеев дежурил");
		await().atMost(WAIT)
			.until(() -> count("select count(*) from notification where attempts = 1 and "
					+ "status = 'queued' and error like 'Twilio%500%'") == 1);
		Instant next = this.jdbc.sql("select next_attempt_at from notification")
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
		assertThat(next).isBetween(start.plusSeconds(5), start.plusSeconds(15));
		this.clock.set(next);
		assertThat(TWILIO.awaitMessages(1)).hasSize(1);
		awaitStatus("sms", "sent");
		assertThat(count("select attempts from notification")).isEqualTo(2);
	}

	@Test
	void recordsOptOutsAndFlagsInvalidNumbers() {
		TWILIO.failNext(400, 21610, "Attempt to send to unsubscribed recipient");
		ask(SOKOLOVA, "/praise Алексеев дежурил");
		awaitStatus("sms", "failed");
		assertThat(count("select count(*) from guardian where phone = ? and opted_out_at is not null", ALEKSEEVA_PHONE))
			.isEqualTo(1);

		TWILIO.failNext(400, 21211, "The 'To' number is not a valid phone number");
		ask(SOKOLOVA, "/praise 2 помог");
		await().atMost(WAIT)
			.until(() -> count("select count(*) from guardian where phone = '+79110000002' and "
					+ "phone_flagged_at is not null and phone_flag_reason like '%21211%'") == 1);
		assertThat(TWILIO.messages()).isEmpty();
		assertThat(get("/api/outbox?status=failed", "Authorization", "Bearer " + TOKEN).json())
			.extracting((row) -> row.get("error").asString())
			.anySatisfy((error) -> assertThat(error).contains("21610", "opt-out recorded"))
			.anySatisfy((error) -> assertThat(error).contains("21211", "phone flagged"));
	}

	@Test
	void recordsDeliveryReportsSignedByTwilioOnly() {
		ask(SOKOLOVA, "/praise Алексеев дежурил");
		String sid = TWILIO.awaitMessages(1).get(0).sid();
		awaitStatus("sms", "sent");
		Map<String, String> report = Map.of("MessageSid", sid, "MessageStatus", "delivered", "AccountSid",
				TWILIO.accountSid());

		assertThat(twilio("/webhooks/twilio/status", report, "bad-signature").status()).isEqualTo(403);
		assertThat(twilio("/webhooks/twilio/status", report, null).status()).isEqualTo(403);
		assertThat(status()).isEqualTo("sent");

		assertThat(twilio("/webhooks/twilio/status", report, sign("/webhooks/twilio/status", report)).status())
			.isEqualTo(204);
		assertThat(status()).isEqualTo("delivered");
		Map<String, String> late = Map.of("MessageSid", sid, "MessageStatus", "failed", "ErrorCode", "30003");
		twilio("/webhooks/twilio/status", late, sign("/webhooks/twilio/status", late));
		assertThat(status()).isEqualTo("delivered");
	}

	@Test
	void answersKeywordsBySms() {
		assertThat(inbound(ALEKSEEVA_PHONE, "СТОП").body()).contains("<Message>Вы отписались от SMS школы");
		assertThat(count("select count(*) from guardian where phone = ? and opted_out_at is not null", ALEKSEEVA_PHONE))
			.isEqualTo(1);
		assertThat(inbound(ALEKSEEVA_PHONE, "STOP").body()).endsWith("<Response/>");
		assertThat(inbound(ALEKSEEVA_PHONE, "старт").body()).contains("SMS школы снова включены");
		assertThat(count("select count(*) from guardian where phone = ? and opted_out_at is null", ALEKSEEVA_PHONE))
			.isEqualTo(1);
		assertThat(inbound(ALEKSEEVA_PHONE, "Помощь").body()).contains("ОТЧЕТ — отчёт за неделю");
		assertThat(inbound("+79110000004", "HELP").body()).contains("REPORT: the week's report");

		assertThat(inbound("+79110000003", "ОТЧЁТ").body()).contains("ответьте ДА");
		assertThat(inbound("+79110000003", "Да").body()).contains("согласие на SMS записано");
		assertThat(this.jdbc.sql("select consent_source from guardian where phone = '+79110000003'")
			.query(String.class)
			.single()).isEqualTo("sms");

		assertThat(inbound(ALEKSEEVA_PHONE, "отчет пожалуйста").body()).endsWith("<Response/>");
		SentSms report = TWILIO.awaitMessages(1).get(0);
		assertThat(report.to()).isEqualTo(ALEKSEEVA_PHONE);
		assertThat(report.body()).startsWith("Борис (5А) 23.11-25.11\nПропусков нет.");

		assertThat(inbound("+79990000000", "ОТЧЕТ").body()).contains("нет в списках школы");
		assertThat(inbound(ALEKSEEVA_PHONE, "привет").body()).contains("Не понял");

		Map<String, String> forged = Map.of("From", ALEKSEEVA_PHONE, "Body", "СТОП");
		assertThat(twilio("/webhooks/twilio/inbound", forged, sign("/webhooks/twilio/status", forged)).status())
			.isEqualTo(403);
		assertThat(count("select count(*) from guardian where phone = ? and opted_out_at is null", ALEKSEEVA_PHONE))
			.isEqualTo(1);
	}

	@Test
	void listsTheOutboxForTheAdminOnly() {
		ask(SOKOLOVA, "/praise Алексеев дежурил");
		awaitStatus("sms", "sent");
		var rows = get("/api/outbox?status=sent", "Authorization", "Bearer " + TOKEN).json();
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("channel").asString()).isEqualTo("sms");
		assertThat(rows.get(0).get("status").asString()).isEqualTo("sent");
		assertThat(rows.get(0).get("attempts").asInt()).isEqualTo(1);
		assertThat(rows.get(0).get("recipient").asString()).isEqualTo("Алексеева Ольга");
		assertThat(get("/api/outbox?status=queued", "Authorization", "Bearer " + TOKEN).json()).isEmpty();
		assertThat(get("/api/outbox?status=lost", "Authorization", "Bearer " + TOKEN).status()).isEqualTo(400);
		assertThat(get("/api/outbox?limit=5000", "Authorization", "Bearer " + TOKEN).status()).isEqualTo(400);
		assertThat(get("/api/outbox").status()).isEqualTo(401);
	}

	@Test
	void showsTheClassTeacherTheDeliveryFiguresOfAnAnnouncement() {
		linkGuardian(PETROVA, "5А", "Петрова Ирина");
		linkStaff(ORLOV, "Орлов Дмитрий");
		TWILIO.failNext(400, 21211, "The 'To' number is not a valid phone number");
		SentMessage sent = ask(SOKOLOVA, "/announce 5А Собрание в четверг");
		await().atMost(WAIT)
			.until(() -> count("select count(*) from notification where status = 'queued'") == 0
					&& count("select count(*) from notification where status = 'sending'") == 0);
		String data = sent.buttons().get(0).get(0).callbackData();
		press(SOKOLOVA, sent.messageId(), data);
		String figures = awaitReplies(SOKOLOVA, 2).get(1).text();
		assertThat(figures)
			.isEqualTo("📊 Доставка объявления: отправлено 2, ждут отправки 0, не доставлено 1, без канала связи 1.");
		press(ORLOV, sent.messageId(), data);
		assertThat(awaitReply(ORLOV).text()).contains("автор объявления и администрация");
	}

	@Test
	void twoDispatchersOnOneDatabaseSendEachMessageOnce() {
		long school = school().value();
		this.jdbc
			.sql("""
					insert into notification (school_id, kind, channel, address, body, next_attempt_at, created_at, updated_at)
					select ?, 'announcement', 'telegram', (900000 + i)::text, 'message ' || i, ?, ?, ?
					from generate_series(1, 400) i
					""")
			.params(school, OffsetDateTime.ofInstant(this.clock.instant(), this.clock.getZone()),
					OffsetDateTime.ofInstant(this.clock.instant(), this.clock.getZone()),
					OffsetDateTime.ofInstant(this.clock.instant(), this.clock.getZone()))
			.update();
		Dispatcher second = new Dispatcher(this.deliveries, this.carriers, this.dispatchProperties, this.clock,
				new SimpleMeterRegistry(), "second-node");
		second.start();
		try {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> count("select count(*) from notification where status = 'sent'") == 400);
		}
		finally {
			second.stop();
		}
		Map<String, Long> times = TELEGRAM.sentMessages()
			.stream()
			.filter((message) -> message.chatId() > 900000)
			.collect(Collectors.groupingBy(SentMessage::text, LinkedHashMap::new, Collectors.counting()));
		assertThat(times).hasSize(400);
		assertThat(times.values()).containsOnly(1L);
	}

	private void awaitStatus(String channel, String status) {
		await().atMost(WAIT)
			.until(() -> count("select count(*) from notification where channel = ? and status = ?", channel,
					status) > 0);
	}

	private String status() {
		return this.jdbc.sql("select status from notification").query(String.class).single();
	}

	private Response inbound(String from, String body) {
		Map<String, String> form = Map.of("From", from, "To", SENDER, "Body", body, "MessageSid",
				"SM" + Long.toHexString(System.nanoTime()), "AccountSid", TWILIO.accountSid());
		Response response = twilio("/webhooks/twilio/inbound", form, sign("/webhooks/twilio/inbound", form));
		assertThat(response.status()).isEqualTo(200);
		return response;
	}

	private String sign(String path, Map<String, String> form) {
		return FakeTwilio.signature(TWILIO.authToken(), PUBLIC_URL + path, form);
	}

	private Response twilio(String path, Map<String, String> form, String signature) {
		String body = form.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return (signature != null)
				? post(path, "application/x-www-form-urlencoded", body, "X-Twilio-Signature", signature)
				: post(path, "application/x-www-form-urlencoded", body);
	}

}
