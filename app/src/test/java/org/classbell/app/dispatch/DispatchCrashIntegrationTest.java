package org.classbell.app.dispatch;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.classbell.app.testing.AppNode;
import org.classbell.testing.SentMessage;
import org.classbell.testing.SentSms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node killed with {@code kill -9} in the middle of a batch of 1,000 notifications, and
 * another started on the same database: nothing is lost, no SMS is sent twice (Twilio is
 * asked what it took), and a Telegram message is sent twice only if it was in flight at
 * the kill, which the Bot API gives no way to find out.
 */
class DispatchCrashIntegrationTest extends NodesUnderLoad {

	static final int TELEGRAM_MESSAGES = 500;

	static final int SMS_MESSAGES = 500;

	@Test
	void losesNothingAndSendsNoSmsTwiceWhenANodeIsKilledMidBatch() throws Exception {
		AppNode first = node("first", 1000, "3s", 0);
		queue(TELEGRAM_MESSAGES + SMS_MESSAGES);

		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(2)).until(() -> received() >= 200);
		first.kill();
		int receivedAtKill = received();
		Map<String, Long> atKill = statuses();
		List<Long> sendingAtKill = this.jdbc.sql("select id from notification where status = 'sending'")
			.query(Long.class)
			.list();

		node("second", 1000, "3s", 0);
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

}
