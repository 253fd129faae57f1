package org.classbell.app.dispatch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.classbell.app.testing.AppNode;
import org.classbell.store.testing.TestDatabase;
import org.classbell.testing.FakeBotApi;
import org.classbell.testing.FakeTwilio;
import org.classbell.testing.SentMessage;
import org.classbell.testing.SentSms;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node killed with {@code kill -9} in the middle of a batch of 1,000 notifications, and
 * another started on the same database: nothing is lost, no SMS is sent twice (Twilio is
 * asked what it took), and a Telegram message is sent twice only if it was in flight at
 * the kill, which the Bot API gives no way to find out.
 */
class DispatchCrashIntegrationTest {

	static final String BOT_TOKEN = "654321:CRASH-bot-token";

	static final int TELEGRAM_MESSAGES = 500;

	static final int SMS_MESSAGES = 500;

	@TempDir
	Path home;

	FakeBotApi telegram;

	FakeTwilio twilio;

	JdbcClient jdbc;

	List<AppNode> nodes = new ArrayList<>();

	@BeforeEach
	void start() {
		this.telegram = new FakeBotApi(BOT_TOKEN).username("crash_bot");
		this.twilio = new FakeTwilio("AC" + "c".repeat(32), "crash-auth-token");
		this.jdbc = JdbcClient.create(TestDatabase.migrated());
		this.jdbc.sql("truncate notification cascade").update();
	}

	@AfterEach
	void stop() {
		this.nodes.forEach(AppNode::close);
		this.jdbc.sql("truncate notification, school cascade").update();
		this.telegram.close();
		this.twilio.close();
	}

	@Test
	void losesNothingAndSendsNoSmsTwiceWhenANodeIsKilledMidBatch() throws Exception {
		AppNode first = node("first");
		long school = this.jdbc
			.sql("insert into school (name, name_key) values ('Crash test school', 'crash-test-school') returning id")
			.query(Long.class)
			.single();
		this.jdbc
			.sql("""
					insert into notification (school_id, kind, channel, address, body, next_attempt_at, created_at, updated_at)
					select ?, 'announcement', case when i % 2 = 0 then 'telegram' else 'sms' end,
					       case when i % 2 = 0 then (700000 + i)::text else '+7999' || lpad(i::text, 7, '0') end,
					       'crash ' || i, now(), now(), now()
					from generate_series(1, ?) i
					""")
			.params(school, TELEGRAM_MESSAGES + SMS_MESSAGES)
			.update();

		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(2)).until(() -> received() >= 200);
		first.kill();
		int receivedAtKill = received();
		Map<String, Long> atKill = statuses();
		List<Long> sendingAtKill = this.jdbc.sql("select id from notification where status = 'sending'")
			.query(Long.class)
			.list();

		node("second");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> statuses().getOrDefault("sent", 0L) == TELEGRAM_MESSAGES + SMS_MESSAGES);

		Map<String, Long> sms = this.twilio.messages()
			.stream()
			.collect(Collectors.groupingBy(SentSms::body, Collectors.counting()));
		Map<String, Long> chats = this.telegram.sentMessages()
			.stream()
			.collect(Collectors.groupingBy(SentMessage::text, Collectors.counting()));
		assertThat(sms).hasSize(SMS_MESSAGES);
		assertThat(sms.values()).as("no SMS sent twice").containsOnly(1L);
		assertThat(chats).hasSize(TELEGRAM_MESSAGES);
		Set<String> resentTelegram = Set.copyOf(this.jdbc
			.sql("select body from notification where channel = 'telegram' and attempts > 1 and id in (:ids)")
			.param("ids", sendingAtKill.isEmpty() ? List.of(-1L) : sendingAtKill)
			.query(String.class)
			.list());
		Set<String> doubled = chats.entrySet()
			.stream()
			.filter((chat) -> chat.getValue() > 1)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		assertThat(resentTelegram).as("Telegram messages sent twice were in flight at the kill").containsAll(doubled);
		long smsFound = this.jdbc
			.sql("select count(*) from notification where channel = 'sms' and attempts = 1 and id in (:ids)")
			.param("ids", sendingAtKill.isEmpty() ? List.of(-1L) : sendingAtKill)
			.query(Long.class)
			.single();
		System.out.printf(
				"Kill -9 during a batch of %d: %d taken by the providers at the kill, statuses then %s; "
						+ "%d left sending; after the restart %d SMS found at Twilio and not sent again, "
						+ "%d Telegram messages left sending were queued again (the Bot API cannot be asked), "
						+ "%d of them reached Telegram twice; nothing lost%n",
				TELEGRAM_MESSAGES + SMS_MESSAGES, receivedAtKill, atKill, sendingAtKill.size(), smsFound,
				resentTelegram.size(), doubled.size());
	}

	private int received() {
		return this.twilio.messages().size() + this.telegram.sentMessages().size();
	}

	private Map<String, Long> statuses() {
		return this.jdbc.sql("select status, count(*) as n from notification group by status")
			.query((row, index) -> Map.entry(row.getString("status"), row.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private AppNode node(String name) throws Exception {
		AppNode node = AppNode.start(name, this.home,
				Map.ofEntries(Map.entry("classbell.admin.token", "crash-admin-token"),
						Map.entry("classbell.school.name", "Crash school"),
						Map.entry("classbell.telegram.token", BOT_TOKEN),
						Map.entry("classbell.telegram.api-url", this.telegram.url().toString()),
						Map.entry("classbell.twilio.account-sid", this.twilio.accountSid()),
						Map.entry("classbell.twilio.auth-token", this.twilio.authToken()),
						Map.entry("classbell.twilio.from", "+15005550006"),
						Map.entry("classbell.twilio.api-url", this.twilio.url().toString()),
						Map.entry("classbell.notifier.dispatch.poll-interval", "20ms"),
						Map.entry("classbell.notifier.dispatch.batch-size", "1000"),
						Map.entry("classbell.notifier.dispatch.lease", "3s"),
						Map.entry("classbell.notifier.dispatch.telegram-per-second", "0"),
						Map.entry("classbell.notifier.dispatch.telegram-chat-per-second", "0"),
						Map.entry("classbell.notifier.dispatch.sms-per-second", "0")));
		this.nodes.add(node);
		return node;
	}

}
