package org.classbell.app.dispatch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import org.classbell.app.testing.AppNode;
import org.classbell.store.testing.TestDatabase;
import org.classbell.testing.FakeBotApi;
import org.classbell.testing.FakeTwilio;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nodes of the whole application, each in a JVM of its own, sending an outbox of half
 * Telegram messages and half SMS to a local Bot API and a local Twilio on the test
 * database, as a test stops or kills them.
 */
abstract class NodesUnderLoad {

	static final String BOT_TOKEN = "654321:LOAD-bot-token";

	@TempDir
	Path home;

	FakeBotApi telegram;

	FakeTwilio twilio;

	JdbcClient jdbc;

	final List<AppNode> nodes = new ArrayList<>();

	@BeforeEach
	void startServers() {
		this.telegram = new FakeBotApi(BOT_TOKEN).username("load_bot");
		this.twilio = new FakeTwilio("AC" + "c".repeat(32), "load-auth-token");
		this.jdbc = JdbcClient.create(TestDatabase.migrated());
		this.jdbc.sql("truncate notification cascade").update();
	}

	@AfterEach
	void stopAll() {
		this.nodes.forEach(AppNode::close);
		this.jdbc.sql("truncate notification, school cascade").update();
		this.telegram.close();
		this.twilio.close();
	}

	/**
	 * Queues this many notifications, due now: even ones to Telegram chats, odd ones by
	 * SMS, each body naming its number.
	 */
	void queue(int messages) {
		long school = this.jdbc
			.sql("insert into school (name, name_key) values ('Load test school', 'load-test-school') returning id")
			.query(Long.class)
			.single();
		this.jdbc
			.sql("""
					insert into notification (school_id, kind, channel, address, body, next_attempt_at, created_at, updated_at)
					select ?, 'announcement', case when i % 2 = 0 then 'telegram' else 'sms' end,
					       case when i % 2 = 0 then (700000 + i)::text else '+7999' || lpad(i::text, 7, '0') end,
					       'load ' || i, now(), now(), now()
					from generate_series(1, ?) i
					""")
			.params(school, messages)
			.update();
	}

	/**
	 * How many messages the providers took.
	 */
	int received() {
		return this.twilio.messages().size() + this.telegram.sentMessages().size();
	}

	Map<String, Long> statuses() {
		return this.jdbc.sql("select status, count(*) as n from notification group by status")
			.query((row, index) -> Map.entry(row.getString("status"), row.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Starts a node that sends at most so many messages a second on each channel, or as
	 * fast as the local servers take them ({@code 0}).
	 */
	AppNode node(String name, int batchSize, String lease, int perSecond) throws Exception {
		AppNode node = AppNode.start(name, this.home,
				Map.ofEntries(Map.entry("classbell.admin.token", "load-admin-token"),
						Map.entry("classbell.school.name", "Load school"),
						Map.entry("classbell.telegram.token", BOT_TOKEN),
						Map.entry("classbell.telegram.api-url", this.telegram.url().toString()),
						Map.entry("classbell.twilio.account-sid", this.twilio.accountSid()),
						Map.entry("classbell.twilio.auth-token", this.twilio.authToken()),
						Map.entry("classbell.twilio.from", "+15005550006"),
						Map.entry("classbell.twilio.api-url", this.twilio.url().toString()),
						Map.entry("classbell.notifier.dispatch.poll-interval", "20ms"),
						Map.entry("classbell.notifier.dispatch.batch-size", String.valueOf(batchSize)),
						Map.entry("classbell.notifier.dispatch.lease", lease),
						Map.entry("classbell.notifier.dispatch.telegram-per-second", String.valueOf(perSecond)),
						Map.entry("classbell.notifier.dispatch.telegram-chat-per-second", "0"),
						Map.entry("classbell.notifier.dispatch.sms-per-second", String.valueOf(perSecond))));
		this.nodes.add(node);
		return node;
	}

}
