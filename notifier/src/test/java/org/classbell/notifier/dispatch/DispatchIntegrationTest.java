package org.classbell.notifier.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.classbell.notifier.testing.Dispatching;
import org.classbell.store.ChatUser;
import org.classbell.store.GuardianId;
import org.classbell.store.chat.ChatLinks;
import org.classbell.testing.SentMessage;
import org.classbell.testing.SentSms;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the outbox holds goes out once, by Telegram or by SMS: when the merge window and
 * quiet hours allow, again after a passing fault, by SMS when the bot is blocked;
 * Twilio's refusals are recorded on the guardian; two dispatchers share one outbox.
 */
class DispatchIntegrationTest extends ChannelsIntegrationTest {

	@Autowired
	Deliveries deliveries;

	@Autowired
	List<Carrier> carriers;

	@Autowired
	DispatchProperties dispatchProperties;

	@Test
	void sendsEachAlertOnceByTelegramOrSms() {
		linkGuardian(PETROVA, "Петрова Ирина");
		praise(student("Алексеев", "Борис"), "решил олимпиадную задачу");
		SentSms sms = TWILIO.awaitMessages(1).get(0);
		assertThat(sms.to()).isEqualTo(ALEKSEEVA_PHONE);
		assertThat(sms.from()).isEqualTo(Dispatching.SENDER);
		assertThat(sms.body()).isEqualTo("Борис (5А), похвала: решил олимпиадную задачу");
		assertThat(sms.statusCallback()).isEqualTo(Dispatching.PUBLIC_URL + "/webhooks/twilio/status");
		awaitStatus("sms", "sent");
		assertThat(this.jdbc.sql("select provider_id || ' ' || segments || ' ' || attempts from notification")
			.query(String.class)
			.single()).isEqualTo(sms.sid() + " 1 1");

		praise(student("Петрова", "Анна"), "spoke at the conference");
		await().atMost(WAIT).until(() -> TELEGRAM.sentMessages(PETROVA).size() == 1);
		assertThat(TELEGRAM.sentMessages(PETROVA).get(0).text()).contains("Анна", "spoke at the conference");
		awaitStatus("telegram", "sent");
		assertThat(TWILIO.messages()).hasSize(1);
		assertThat(TELEGRAM.sentMessages(PETROVA)).hasSize(1);
	}

	@Test
	void mergesAbsencesWithinTheWindowIntoOneSmsSentWhenItCloses() {
		absent(student("Алексеев", "Борис"), 1);
		absent(student("Алексеев", "Борис"), 2);
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
		praise(student("Алексеев", "Борис"), "помог однокласснику");
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
		linkGuardian(PETROVA, "Петрова Ирина");
		absent(student("Петрова", "Анна"), 1);
		TELEGRAM.failNext("sendMessage", 403, "Forbidden: bot was blocked by the user");
		this.clock.advance(Duration.ofMinutes(2));
		SentSms sms = TWILIO.awaitMessages(1).get(0);
		assertThat(sms.to()).isEqualTo("+79110000004");
		assertThat(sms.body()).isEqualTo("Анна (5А) Nov 25: absent from lesson 1.");
		assertThat(TELEGRAM.sentMessages(PETROVA)).isEmpty();
		assertThat(count("select count(*) from chat_link where user_id = ?", PETROVA)).isZero();
		assertThat(this.jdbc
			.sql("select channel || ' ' || status || ' ' || coalesce(error, '') from notification " + "order by id")
			.query(String.class)
			.list()).containsExactly(
					"telegram failed Telegram 403: Forbidden: bot was blocked by the user; chat unlinked; sent by SMS instead",
					"sms sent ");
	}

	@Test
	void reachesAGuardianLinkedInMaxBySmsWhileMaxIsOff() {
		GuardianId petrova = this.school.guardian("Петрова Ирина");
		this.transactions.executeWithoutResult((status) -> {
			ChatLinks links = this.beans.getBean(ChatLinks.class);
			links.link(petrova, ChatUser.max(7004), 1_000_007_004L, this.clock.instant());
			links.consent(ChatUser.max(7004), this.clock.instant());
		});
		absent(student("Петрова", "Анна"), 1);
		this.clock.advance(Duration.ofMinutes(2));

		assertThat(TWILIO.awaitMessages(1).get(0).to()).isEqualTo("+79110000004");
		assertThat(count("select count(*) from notification where channel = 'max'")).isZero();
	}

	@Test
	void waitsTheRetryAfterTelegramAsksFor() {
		linkGuardian(PETROVA, "Петрова Ирина");
		absent(student("Петрова", "Анна"), 1);
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
		praise(student("Алексеев", "Борис"), "дежурил");
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
		praise(student("Алексеев", "Борис"), "дежурил");
		awaitStatus("sms", "failed");
		assertThat(count("select count(*) from guardian where phone = ? and opted_out_at is not null", ALEKSEEVA_PHONE))
			.isEqualTo(1);

		TWILIO.failNext(400, 21211, "The 'To' number is not a valid phone number");
		praise(student("Иванов", "Пётр"), "помог");
		await().atMost(WAIT)
			.until(() -> count("select count(*) from guardian where phone = '+79110000002' and "
					+ "phone_flagged_at is not null and phone_flag_reason like '%21211%'") == 1);
		assertThat(TWILIO.messages()).isEmpty();
		await().atMost(WAIT).until(() -> count("select count(*) from notification where status = 'failed'") == 2);
		assertThat(this.jdbc.sql("select error from notification where status = 'failed'").query(String.class).list())
			.anySatisfy((error) -> assertThat(error).contains("21610", "opt-out recorded"))
			.anySatisfy((error) -> assertThat(error).contains("21211", "phone flagged"));
	}

	@Test
	void twoDispatchersOnOneDatabaseSendEachMessageOnce() {
		long school = this.school.id().value();
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

}
