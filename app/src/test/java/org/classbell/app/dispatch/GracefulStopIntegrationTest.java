package org.classbell.app.dispatch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * A node stopped with SIGTERM in the middle of a batch of 1,000 notifications, polling
 * the Bot API: it stops within seconds, logs no error, leaves nothing claimed, and
 * another node sends the rest, nothing twice.
 */
class GracefulStopIntegrationTest {

	static final String BOT_TOKEN = "654322:STOP-bot-token";

	static final int MESSAGES = 1000;

	@TempDir
	Path home;

	FakeBotApi telegram;

	FakeTwilio twilio;

	JdbcClient jdbc;

	AppNode first;

	AppNode second;

	@BeforeEach
	void start() {
		this.telegram = new FakeBotApi(BOT_TOKEN).username("stop_bot");
		this.twilio = new FakeTwilio("AC" + "d".repeat(32), "stop-auth-token");
		this.jdbc = JdbcClient.create(TestDatabase.migrated());
		this.jdbc.sql("truncate notification cascade").update();
	}

	@AfterEach
	void stop() {
		for (AppNode node : new AppNode[] { this.first, this.second }) {
			if (node != null) {
				node.close();
			}
		}
		this.jdbc.sql("truncate notification, school cascade").update();
		this.telegram.close();
		this.twilio.close();
	}

	@Test
	void stopsCleanlyUnderLoadAndLosesNothing() throws Exception {
		this.first = node("first");
		long school = this.jdbc
			.sql("insert into school (name, name_key) values ('Stop test school', 'stop-test-school') returning id")
			.query(Long.class)
			.single();
		this.jdbc
			.sql("""
					insert into notification (school_id, kind, channel, address, body, next_attempt_at, created_at, updated_at)
					select ?, 'announcement', case when i % 2 = 0 then 'telegram' else 'sms' end,
					       case when i % 2 = 0 then (800000 + i)::text else '+7998' || lpad(i::text, 7, '0') end,
					       'stop ' || i, now(), now(), now()
					from generate_series(1, ?) i
					""")
			.params(school, MESSAGES)
			.update();
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(2)).until(() -> received() >= 200);

		long stopping = System.nanoTime();
		assertThat(this.first.stop(Duration.ofSeconds(60))).as("stopped within a minute").isTrue();
		double seconds = (System.nanoTime() - stopping) / 1e9;
		int receivedAtStop = received();
		Map<String, Long> atStop = statuses();

		List<String> troubles = this.first.log()
			.stream()
			.filter((line) -> line.contains(" ERROR ") || line.contains("Exception")
					|| line.contains("marked as broken") || line.contains("has been closed"))
			.toList();
		assertThat(troubles).as("what the stopped node logged").isEmpty();
		assertThat(this.first.logged("HikariPool-1 - Shutdown completed")).isTrue();
		assertThat(atStop).as("nothing left claimed").doesNotContainKey("sending");

		this.second = node("second");
		await().atMost(Duration.ofSeconds(60)).until(() -> statuses().getOrDefault("sent", 0L) == MESSAGES);
		Map<String, Long> sms = this.twilio.messages()
			.stream()
			.collect(Collectors.groupingBy(SentSms::body, Collectors.counting()));
		Map<String, Long> chats = this.telegram.sentMessages()
			.stream()
			.collect(Collectors.groupingBy(SentMessage::text, Collectors.counting()));
		assertThat(sms).hasSize(MESSAGES / 2);
		assertThat(chats).hasSize(MESSAGES / 2);
		assertThat(sms.values()).as("no SMS sent twice").containsOnly(1L);
		assertThat(chats.values()).as("no Telegram message sent twice").containsOnly(1L);
		System.out.printf(
				"SIGTERM during a batch of %d: stopped in %.1f s with %d taken by the providers, "
						+ "statuses then %s; no error logged; the next node sent the rest, nothing twice%n",
				MESSAGES, seconds, receivedAtStop, atStop);
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
		return AppNode.start(name, this.home, Map.ofEntries(Map.entry("classbell.admin.token", "stop-admin-token"),
				Map.entry("classbell.school.name", "Stop school"), Map.entry("classbell.telegram.token", BOT_TOKEN),
				Map.entry("classbell.telegram.api-url", this.telegram.url().toString()),
				Map.entry("classbell.twilio.account-sid", this.twilio.accountSid()),
				Map.entry("classbell.twilio.auth-token", this.twilio.authToken()),
				Map.entry("classbell.twilio.from", "+15005550006"),
				Map.entry("classbell.twilio.api-url", this.twilio.url().toString()),
				Map.entry("classbell.notifier.dispatch.poll-interval", "20ms"),
				Map.entry("classbell.notifier.dispatch.batch-size", "100"),
				Map.entry("classbell.notifier.dispatch.telegram-per-second", "200"),
				Map.entry("classbell.notifier.dispatch.telegram-chat-per-second", "0"),
				Map.entry("classbell.notifier.dispatch.sms-per-second", "200")));
	}

}
