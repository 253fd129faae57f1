package org.classbell.notifier.dispatch;

import org.classbell.notifier.outbox.Channel;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Telegram bot's limit of messages a second is a budget of the whole cluster: two
 * dispatching nodes on one database, each allowed the whole limit, together never pass it
 * and together still reach it.
 */
class SharedLimitsIntegrationTest extends ChannelsIntegrationTest {

	@Test
	void twoNodesTogetherKeepTheBotsLimitAndStillReachIt() {
		DispatchProperties fivePerSecond = new DispatchProperties(true, Duration.ofMillis(20), 2, Duration.ofMinutes(5),
				8, Duration.ofSeconds(10), Duration.ofHours(1), 4, 5, 0, 0, 0, 0);

		Duration took = sendTwentyByTwoNodes(Channel.TELEGRAM, 900000, fivePerSecond);

		assertThat(TELEGRAM.sentMessages()).hasSize(20);
		// the nodes take turns every 200 ms; a request held up a little in either HTTP
		// stack may meet the next one in a window of a second, no more
		assertThat(TELEGRAM.peakMessagesPerSecond()).as("messages in any second, both nodes together")
			.isLessThanOrEqualTo(7);
		assertThat(took).as("20 messages at 5 a second").isGreaterThanOrEqualTo(Duration.ofMillis(3500));
		assertThat(took).as("and no slower than the limit asks").isLessThan(Duration.ofSeconds(8));
		assertThat(count("select count(distinct claimed_by) from notification")).isEqualTo(2);
		System.out.printf("Two nodes at a shared Telegram limit of 5 a second: 20 messages in %d ms, "
				+ "at most %d in any second%n", took.toMillis(), TELEGRAM.peakMessagesPerSecond());
	}

}
