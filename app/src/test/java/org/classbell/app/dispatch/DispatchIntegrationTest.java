package org.classbell.app.dispatch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.app.bot.BotIntegrationTest;
import org.classbell.notifier.testing.Dispatching;
import org.classbell.testing.FakeTwilio;
import org.classbell.testing.SentMessage;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole application sending what the outbox holds through the real TelegramBots
 * client and the real Twilio SDK, to a local Bot API server and a local Twilio REST API.
 * The rest of dispatch is the notifier's to test.
 */
class DispatchIntegrationTest extends BotIntegrationTest {

	static final FakeTwilio TWILIO = new FakeTwilio("AC0123456789abcdef0123456789abcdef", "twilio-auth-token");

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
