package org.classbell.notifier.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.classbell.notifier.NotifierTestApplication;
import org.classbell.store.testing.DatabaseCleaner;
import org.classbell.store.testing.DatabaseTest;
import org.classbell.store.testing.MutableClock;
import org.classbell.store.testing.TestDatabase;
import org.classbell.testing.FakeBotApi;
import org.classbell.testing.SentMessage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One chat with a queue of 200 and 100 other parents' alerts behind it, with Telegram's
 * own limits (30 messages a second in all, one a second to a chat): the others are sent
 * as fast as the limit in all allows, the long queue at one a second.
 */
@SpringBootTest(classes = NotifierTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "classbell.home=${java.io.tmpdir}/classbell-test-${random.uuid}",
				"classbell.reports.scheduled=false" })
@DatabaseTest
@DirtiesContext
class HeadOfLineIntegrationTest {

	static final String BOT_TOKEN = "123456:HEAD-of-line";

	static final FakeBotApi TELEGRAM = new FakeBotApi(BOT_TOKEN).username("school1_bot");

	static final long BUSY_CHAT = 900_000;

	static final int QUEUED_TO_ONE = 200;

	static final int OTHERS = 100;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	/**
	 * Empties the database before the application starts, so that its dispatcher finds no
	 * notification that other test classes left.
	 */
	@BeforeAll
	static void emptyDatabase() {
		DatabaseCleaner.clean(TestDatabase.migrated());
	}

	@AfterAll
	static void stopTelegram() {
		TELEGRAM.clearRecordings();
	}

	/**
	 * Telegram's own limits: 30 messages a second in all, one a second to a chat.
	 */
	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		registry.add("classbell.telegram.token", () -> BOT_TOKEN);
		registry.add("classbell.telegram.api-url", () -> TELEGRAM.url().toString());
		registry.add("classbell.notifier.dispatch.enabled", () -> "true");
		registry.add("classbell.notifier.dispatch.poll-interval", () -> "20ms");
		registry.add("classbell.notifier.dispatch.telegram-per-second", () -> "30");
		registry.add("classbell.notifier.dispatch.telegram-chat-per-second", () -> "1");
	}

	@Test
	void aLongQueueToOneChatHoldsUpNoOtherParent() {
		this.clock.reset();
		long school = this.jdbc
			.sql("insert into school (name, name_key) values ('Head of line', 'head-of-line') returning id")
			.query(Long.class)
			.single();
		Instant start = this.clock.instant();
		queue(school, "select ?::text, 'queue ' || lpad(i::text, 3, '0') from generate_series(1, ?) i",
				String.valueOf(BUSY_CHAT), QUEUED_TO_ONE);
		long queued = System.nanoTime();
		queue(school, "select (910000 + i)::text, 'alert ' || i from generate_series(1, ?) i", OTHERS);

		Map<Long, Long> sentAt = new ConcurrentHashMap<>();
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(10)).until(() -> {
			tick(start, queued);
			for (SentMessage message : TELEGRAM.sentMessages()) {
				if (message.chatId() != BUSY_CHAT) {
					sentAt.putIfAbsent(message.chatId(), System.nanoTime());
				}
			}
			return sentAt.size() == OTHERS;
		});

		List<Double> seconds = new ArrayList<>(sentAt.values().stream().map((at) -> (at - queued) / 1e9).toList());
		Collections.sort(seconds);
		double p90 = seconds.get(OTHERS * 9 / 10 - 1);
		double last = seconds.get(OTHERS - 1);
		int busy = TELEGRAM.sentMessages(BUSY_CHAT).size();
		System.out.printf(
				"Head of line: %d alerts to other chats sent within %.2f s (90th percentile %.2f s) "
						+ "while one chat had %d queued; that chat got %d in that time%n",
				OTHERS, last, p90, QUEUED_TO_ONE, busy);
		assertThat(p90).as("90th percentile, queued to sent").isLessThan(6.0);
		assertThat(busy).as("the busy chat at about one a second").isLessThanOrEqualTo((int) Math.ceil(last) + 2);
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(10)).until(() -> {
			tick(start, queued);
			return TELEGRAM.sentMessages(BUSY_CHAT).size() >= 5;
		});
		assertThat(TELEGRAM.sentMessages(BUSY_CHAT)).extracting(SentMessage::text)
			.as("the busy chat's messages in their order")
			.isSorted();
	}

	/**
	 * Moves the test's clock on as real time passes, as the limits count it.
	 */
	private void tick(Instant start, long queued) {
		this.clock.set(start.plusNanos(System.nanoTime() - queued));
	}

	private void queue(long school, String rows, Object... params) {
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		Object[] all = new Object[params.length + 4];
		all[0] = school;
		all[1] = now;
		all[2] = now;
		all[3] = now;
		System.arraycopy(params, 0, all, 4, params.length);
		this.jdbc
			.sql("""
					insert into notification (school_id, kind, channel, address, body, next_attempt_at, created_at, updated_at)
					select ?, 'announcement', 'telegram', r.address, r.body, ?, ?, ?
					from (%s) r(address, body)
					"""
				.formatted(rows))
			.params(all)
			.update();
	}

}
