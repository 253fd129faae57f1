package org.classbell.notifier.max;

import org.classbell.notifier.outbox.Channel;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.notifier.dispatch.ChannelsIntegrationTest;
import org.classbell.notifier.dispatch.DispatchProperties;
import org.classbell.store.Actor;
import org.classbell.store.ChatUser;
import org.classbell.store.GuardianId;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.chat.ChatLinks;
import org.classbell.store.consent.ConsentChange;
import org.classbell.store.consent.ConsentLedger;
import org.classbell.store.consent.ConsentSource;
import org.classbell.store.consent.Purpose;
import org.classbell.testing.FakeMaxApi;
import org.classbell.testing.SentSms;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notifications in MAX, through the MAX client to a local MAX Bot API, with Telegram and
 * SMS on too: an alert reaches a guardian linked in MAX; a blocked bot unlinks the chat
 * and the alert goes by the other messenger, or by SMS; MAX's "too many requests" is
 * waited out; two nodes together keep MAX's limit.
 */
class MaxDispatchIntegrationTest extends ChannelsIntegrationTest {

	static final String MAX_TOKEN = "max-dispatch-token-4b2d";

	static final FakeMaxApi MAX = new FakeMaxApi(MAX_TOKEN).username("school1_max_bot");

	/** Петрова Ирина's account in MAX. */
	static final long PETROVA_MAX = 7004;

	@DynamicPropertySource
	static void max(DynamicPropertyRegistry registry) {
		registry.add("classbell.max.token", () -> MAX_TOKEN);
		registry.add("classbell.max.api-url", () -> MAX.url().toString());
	}

	@AfterAll
	static void stop() {
		MAX.close();
	}

	@BeforeEach
	void clear() {
		MAX.clearRecordings();
		MAX.unblock(MAX.chatOf(PETROVA_MAX));
	}

	@Test
	void sendsAnAlertToAGuardianLinkedInMax() {
		linkInMax(PETROVA_MAX, "Петрова Ирина");
		absent(student("Петрова", "Анна"), 1);
		this.clock.advance(Duration.ofMinutes(2));

		await().atMost(WAIT).until(() -> MAX.sentMessages(MAX.chatOf(PETROVA_MAX)).size() == 1);
		assertThat(MAX.sentMessages(MAX.chatOf(PETROVA_MAX)).get(0).text())
			.isEqualTo("🔔 <b>Анна</b>, 5А, November 25: absent from lesson 1.");
		awaitStatus("max", "sent");
		assertThat(TELEGRAM.sentMessages()).isEmpty();
		assertThat(TWILIO.messages()).isEmpty();
	}

	@Test
	void fallsBackToSmsAndUnlinksTheChatWhenTheBotIsBlockedInMax() {
		linkInMax(PETROVA_MAX, "Петрова Ирина");
		MAX.block(MAX.chatOf(PETROVA_MAX));
		absent(student("Петрова", "Анна"), 1);
		this.clock.advance(Duration.ofMinutes(2));

		SentSms sms = TWILIO.awaitMessages(1).get(0);
		awaitStatus("sms", "sent");
		assertThat(sms.to()).isEqualTo("+79110000004");
		assertThat(count("select count(*) from chat_link where messenger = 'max'")).isZero();
		assertThat(this.jdbc
			.sql("select channel || ' ' || status || ' ' || coalesce(error, '') from notification " + "order by id")
			.query(String.class)
			.list())
			.containsExactly("max failed MAX 403: chat.denied: dialog is blocked by the user; chat unlinked; "
					+ "sent by SMS instead", "sms sent ");
	}

	@Test
	void fallsBackToTheOtherMessengerBeforeSms() {
		linkGuardian(PETROVA, "Петрова Ирина");
		linkInMax(PETROVA_MAX, "Петрова Ирина");
		MAX.block(MAX.chatOf(PETROVA_MAX));
		absent(student("Петрова", "Анна"), 1);
		this.clock.advance(Duration.ofMinutes(2));

		await().atMost(WAIT).until(() -> TELEGRAM.sentMessages(PETROVA).size() == 1);
		awaitStatus("telegram", "sent");
		assertThat(TWILIO.messages()).isEmpty();
		assertThat(this.jdbc.sql("select error from notification where channel = 'max'").query(String.class).single())
			.endsWith("; chat unlinked; sent by Telegram instead");
		assertThat(count("select count(*) from chat_link where messenger = 'telegram'")).isOne();
	}

	@Test
	void waitsAsLongAsMaxAsks() {
		linkInMax(PETROVA_MAX, "Петрова Ирина");
		MAX.tooManyRequests("/messages", 7);
		absent(student("Петрова", "Анна"), 1);
		this.clock.advance(Duration.ofMinutes(2));
		OffsetDateTime retry = OffsetDateTime.ofInstant(this.clock.instant().plusSeconds(7), this.clock.getZone());

		await().atMost(WAIT)
			.until(() -> count("select count(*) from notification where attempts = 1 and status = 'queued' "
					+ "and next_attempt_at = ?", retry) == 1);
		this.clock.advance(Duration.ofSeconds(7));
		await().atMost(WAIT).until(() -> MAX.sentMessages(MAX.chatOf(PETROVA_MAX)).size() == 1);
		awaitStatus("max", "sent");
	}

	@Test
	void twoNodesTogetherKeepMaxsLimitAndStillReachIt() {
		DispatchProperties fivePerSecond = new DispatchProperties(true, Duration.ofMillis(20), 2, Duration.ofMinutes(5),
				8, Duration.ofSeconds(10), Duration.ofHours(1), 4, 0, 0, 0, 5, 0);

		Duration took = sendTwentyByTwoNodes(Channel.MAX, 800000, fivePerSecond);

		assertThat(MAX.sentMessages()).hasSize(20);
		// the nodes take turns every 200 ms; a request held up a little in either HTTP
		// stack
		// may meet the next one in a window of a second, no more
		assertThat(MAX.peakRequestsPerSecond()).as("messages in any second, both nodes together")
			.isLessThanOrEqualTo(7);
		assertThat(took).as("20 messages at 5 a second").isGreaterThanOrEqualTo(Duration.ofMillis(3500));
		assertThat(took).as("and no slower than the limit asks").isLessThan(Duration.ofSeconds(8));
		assertThat(count("select count(distinct claimed_by) from notification")).isEqualTo(2);
	}

	/**
	 * Links the guardian's MAX with consent, as the bot's deep link and consent button in
	 * MAX would.
	 */
	private void linkInMax(long user, String fullName) {
		GuardianId guardian = this.school.guardian(fullName);
		this.transactions.executeWithoutResult((status) -> {
			this.beans.getBean(AuditTrail.class).actAs(Actor.guardian(guardian));
			ChatLinks links = this.beans.getBean(ChatLinks.class);
			links.link(guardian, ChatUser.max(user), MAX.chatOf(user), this.clock.instant());
			links.consent(ChatUser.max(user), this.clock.instant());
			this.beans.getBean(ConsentLedger.class)
				.record(ConsentChange.given(guardian, Purpose.PROCESSING, ConsentSource.MAX, "test"),
						this.clock.instant());
		});
	}

}
