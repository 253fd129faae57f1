package org.classbell.app.dispatch;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.classbell.app.testing.AppNode;
import org.classbell.testing.SentMessage;
import org.classbell.testing.SentSms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node stopped with SIGTERM in the middle of a batch of 1,000 notifications, polling
 * the Bot API: it stops within seconds, logs no error, leaves nothing claimed, and
 * another node sends the rest, nothing twice.
 */
class GracefulStopIntegrationTest extends NodesUnderLoad {

	static final int MESSAGES = 1000;

	@Test
	void stopsCleanlyUnderLoadAndLosesNothing() throws Exception {
		AppNode first = node("first", 100, "5m", 200);
		queue(MESSAGES);
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(2)).until(() -> received() >= 200);

		long stopping = System.nanoTime();
		assertThat(first.stop(Duration.ofSeconds(60))).as("stopped within a minute").isTrue();
		double seconds = (System.nanoTime() - stopping) / 1e9;
		int receivedAtStop = received();
		Map<String, Long> atStop = statuses();

		List<String> troubles = first.log()
			.stream()
			.filter((line) -> line.contains(" ERROR ") || line.contains("Exception")
					|| line.contains("marked as broken") || line.contains("has been closed"))
			.toList();
		assertThat(troubles).as("what the stopped node logged").isEmpty();
		assertThat(first.logged("HikariPool-1 - Shutdown completed")).isTrue();
		assertThat(atStop).as("nothing left claimed").doesNotContainKey("sending");

		node("second", 100, "5m", 200);
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

}
