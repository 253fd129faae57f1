package org.classbell.notifier.testing;

import org.classbell.testing.FakeTwilio;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Dispatch on in a test's application, through the Bot API servers the test names in
 * {@code classbell.telegram.api-url} (and {@code classbell.max.api-url}) and a local
 * Twilio, with the rate limits lifted so that nothing waits on the wall clock; retries
 * and quiet hours follow the test's clock.
 */
public final class Dispatching {

	/** The number SMS are sent from. */
	public static final String SENDER = "+15005550006";

	/** Where this node is reached, as Twilio's callbacks are signed for. */
	public static final String PUBLIC_URL = "https://bell.school1.example";

	private Dispatching() {
	}

	public static void through(FakeTwilio twilio, DynamicPropertyRegistry registry) {
		registry.add("classbell.notifier.dispatch.enabled", () -> "true");
		registry.add("classbell.notifier.dispatch.poll-interval", () -> "20ms");
		registry.add("classbell.notifier.dispatch.telegram-per-second", () -> "0");
		registry.add("classbell.notifier.dispatch.telegram-chat-per-second", () -> "0");
		registry.add("classbell.notifier.dispatch.sms-per-second", () -> "0");
		registry.add("classbell.notifier.dispatch.max-per-second", () -> "0");
		registry.add("classbell.notifier.dispatch.max-chat-per-second", () -> "0");
		registry.add("classbell.twilio.account-sid", twilio::accountSid);
		registry.add("classbell.twilio.auth-token", twilio::authToken);
		registry.add("classbell.twilio.from", () -> SENDER);
		registry.add("classbell.twilio.api-url", () -> twilio.url().toString());
		registry.add("classbell.public-url", () -> PUBLIC_URL);
	}

}
