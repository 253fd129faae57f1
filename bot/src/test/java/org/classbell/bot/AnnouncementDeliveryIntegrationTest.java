package org.classbell.bot;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.notifier.testing.Dispatching;
import org.classbell.store.testing.DatabaseCleaner;
import org.classbell.store.testing.TestDatabase;
import org.classbell.testing.FakeTwilio;
import org.classbell.testing.SentMessage;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With dispatch on, through the local Bot API server and a local Twilio: the button under
 * an announcement shows its author how far it got, and no one else but the school's
 * administration.
 */
@DirtiesContext
class AnnouncementDeliveryIntegrationTest extends BotIntegrationTest {

	static final FakeTwilio TWILIO = new FakeTwilio("AC0123456789abcdef0123456789abcdef", "twilio-auth-token");

	/**
	 * Empties the database before the application starts, so that its dispatcher finds no
	 * notification that other test classes left; the application stops after this class
	 * ({@code @DirtiesContext}), so that it sends none of those that later classes write.
	 */
	@BeforeAll
	static void emptyDatabase() {
		DatabaseCleaner.clean(TestDatabase.migrated());
	}

	@DynamicPropertySource
	static void dispatch(DynamicPropertyRegistry registry) {
		Dispatching.through(TWILIO, registry);
	}

	@BeforeEach
	void linkTeacher() {
		TWILIO.reset();
		linkStaff(SOKOLOVA, "Соколова Елена");
	}

	@Test
	void showsTheClassTeacherTheDeliveryFiguresOfAnAnnouncement() {
		linkGuardian(PETROVA, "5А", "Петрова Ирина");
		linkStaff(ORLOV, "Орлов Дмитрий");
		TWILIO.failNext(400, 21211, "The 'To' number is not a valid phone number");
		SentMessage sent = ask(SOKOLOVA, "/announce 5А Собрание в четверг");
		await().atMost(WAIT)
			.until(() -> count("select count(*) from notification where status = 'queued'") == 0
					&& count("select count(*) from notification where status = 'sending'") == 0);
		String data = sent.buttons().get(0).get(0).callbackData();
		press(SOKOLOVA, sent.messageId(), data);
		String figures = awaitReplies(SOKOLOVA, 2).get(1).text();
		assertThat(figures)
			.isEqualTo("📊 Доставка объявления: отправлено 2, ждут отправки 0, не доставлено 1, без канала связи 1.");
		press(ORLOV, sent.messageId(), data);
		assertThat(awaitReply(ORLOV).text()).contains("автор объявления и администрация");
	}

}
