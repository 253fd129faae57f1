package org.classbell.notifier.dispatch;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.classbell.store.cluster.SharedBuckets;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Telegram bot's limit of messages a second is a budget of the whole cluster: two
 * dispatching nodes on one database, each allowed the whole limit, together never pass it
 * and together still reach it.
 */
class SharedLimitsIntegrationTest extends ChannelsIntegrationTest {

	@Autowired
	Deliveries deliveries;

	@Autowired
	List<Carrier> carriers;

	@Autowired
	SharedBuckets sharedBuckets;

	@Autowired
	Dispatcher dispatcher;

	@Test
	void twoNodesTogetherKeepTheBotsLimitAndStillReachIt() {
		this.dispatcher.stop();
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), this.clock.getZone());
		this.jdbc
			.sql("""
					insert into notification (school_id, kind, channel, address, body, next_attempt_at, created_at, updated_at)
					select ?, 'announcement', 'telegram', (900000 + i)::text, 'message ' || i, ?, ?, ?
					from generate_series(1, 20) i
					""")
			.params(this.school.id().value(), now, now, now)
			.update();
		DispatchProperties fivePerSecond = new DispatchProperties(true, Duration.ofMillis(20), 2, Duration.ofMinutes(5),
				8, Duration.ofSeconds(10), Duration.ofHours(1), 4, 5, 0, 0, 0, 0);
		List<Dispatcher> nodes = List.of(
				new Dispatcher(this.deliveries, this.carriers, fivePerSecond, this.clock, new SimpleMeterRegistry(),
						"first-node", this.sharedBuckets),
				new Dispatcher(this.deliveries, this.carriers, fivePerSecond, this.clock, new SimpleMeterRegistry(),
						"second-node", this.sharedBuckets));
		long started = System.nanoTime();
		nodes.forEach(Dispatcher::start);
		try {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> count("select count(*) from notification where status = 'sent'") == 20);
		}
		finally {
			nodes.forEach(Dispatcher::stop);
			this.dispatcher.start();
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);

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
