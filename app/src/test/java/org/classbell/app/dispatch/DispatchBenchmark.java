package org.classbell.app.dispatch;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import org.classbell.app.bot.BotIntegrationTest;
import org.classbell.notifier.testing.FakeTwilio;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * How many notifications a second one node dispatches to a local Bot API server and a
 * local Twilio that answer at once, rate limits lifted; prints the figure. Not part of
 * the suite: run it with {@code ./mvnw verify -pl store,templates,notifier,bot,app
 * -Dtest=DispatchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DispatchBenchmark extends BotIntegrationTest {

	static final FakeTwilio TWILIO = new FakeTwilio("AC" + "b".repeat(32), "bench-auth-token");

	static final int MESSAGES = 10_000;

	@DynamicPropertySource
	static void dispatch(DynamicPropertyRegistry registry) {
		DispatchIntegrationTest.dispatchThrough(TWILIO, registry);
		registry.add("classbell.notifier.dispatch.batch-size", () -> "500");
		registry.add("classbell.notifier.dispatch.threads", () -> "8");
	}

	@Test
	void dispatchesToInstantProviders() {
		long school = school().value();
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), this.clock.getZone());
		long started = System.nanoTime();
		this.jdbc
			.sql("""
					insert into notification (school_id, kind, channel, address, body, next_attempt_at, created_at, updated_at)
					select ?, 'bench', case when i % 2 = 0 then 'telegram' else 'sms' end,
					       case when i % 2 = 0 then (600000 + i)::text else '+7999' || lpad(i::text, 7, '0') end,
					       'Борис (5А) 25.11: пропуск уроков 1, 2. #' || i, ?, ?, ?
					from generate_series(1, ?) i
					""")
			.params(school, now, now, now, MESSAGES)
			.update();
		await().atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> count("select count(*) from notification where status = 'sent'") == MESSAGES);
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("Dispatched %d notifications (half Telegram, half SMS) in %.2f s: %.0f a second%n", MESSAGES,
				seconds, MESSAGES / seconds);
	}

}
