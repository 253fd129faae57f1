package org.classbell.notifier.dispatch;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.classbell.store.cluster.SharedBuckets;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottleTest {

	@Test
	void keysEachSendersSharedBucketTheSameOnEveryNodeAndApartFromOthers() {
		long number = Throttle.key(Throttle.SMS_KEY, "+15005550006", 10);

		assertThat(Throttle.key(Throttle.SMS_KEY, "+15005550006", 10)).isEqualTo(number);
		assertThat(number).isGreaterThanOrEqualTo(SharedBuckets.KEY_BASE)
			.isNotEqualTo(Throttle.key(Throttle.SMS_KEY, "+15005550008", 10))
			.isNotEqualTo(Throttle.key(Throttle.SMS_KEY, "MG0123456789abcdef0123456789abcdef", 10))
			.as("a limit changed in the configuration starts a bucket of its own")
			.isNotEqualTo(Throttle.key(Throttle.SMS_KEY, "+15005550006", 5));
		assertThat(Throttle.key(Throttle.TELEGRAM_KEY, Throttle.ONE_SENDER, 30))
			.isEqualTo(Throttle.TELEGRAM_KEY + (30_000L << 8));
	}

	@Test
	void givesEachSenderABudgetOfItsOwn() throws InterruptedException {
		Throttle throttle = new Throttle(1, 0);
		throttle.acquire("+15005550006", "+79110000001", 1);

		Duration other = timed(() -> throttle.acquire("+15005550008", "+79110000002", 1));
		Duration same = timed(() -> throttle.acquire("+15005550006", "+79110000003", 1));

		assertThat(other).as("another sender's first message waits for nobody").isLessThan(Duration.ofMillis(500));
		assertThat(same).as("the sender's second waits its second").isGreaterThan(Duration.ofMillis(700));
	}

	private static Duration timed(Acquiring acquiring) throws InterruptedException {
		long started = System.nanoTime();
		acquiring.run();
		return Duration.ofNanos(System.nanoTime() - started);
	}

	private interface Acquiring {

		void run() throws InterruptedException;

	}

}
