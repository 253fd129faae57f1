package org.classbell.bot;

import org.junit.jupiter.api.Test;

import org.classbell.store.Actor;
import org.classbell.testing.Button;
import org.classbell.testing.SentMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LinkingIntegrationTest extends BotIntegrationTest {

	@Test
	void linksATeacherByCode() {
		var member = this.staff.match(school(), "Соколова Елена").found().orElseThrow();
		String code = this.invites.forStaff(member, Actor.adminApi()).code();

		say(SOKOLOVA, "/start " + code);

		var replies = awaitReplies(SOKOLOVA, 2);
		assertThat(replies.get(0).text())
			.isEqualTo("Здравствуйте, Елена Викторовна! Telegram привязан к вашей учётной записи учителя.");
		assertThat(replies.get(0).parseMode()).isEqualToIgnoringCase("HTML");
		assertThat(count("select count(*) from chat_link where user_id = ? and staff_id = ?", SOKOLOVA,
				member.id().value()))
			.isOne();
	}

	@Test
	void linksAGuardianAndAsksForConsentBeforeShowingAnything() {
		var schoolClass = this.classes.match(school(), "5А").found().orElseThrow();
		String code = this.invites.forClass(school(), schoolClass.id(), Actor.adminApi())
			.stream()
			.filter((invite) -> invite.invitee().name().equals("Иванова Мария"))
			.findFirst()
			.orElseThrow()
			.code();

		say(IVANOVA, "/start " + code);

		var replies = awaitReplies(IVANOVA, 2);
		assertThat(replies.get(0).text())
			.isEqualTo("Здравствуйте, Иванова Мария! Telegram привязан: Пётр (5А), Ольга (6Б).");
		SentMessage question = replies.get(1);
		assertThat(question.buttons().get(0)).extracting(Button::text)
			.containsExactly("Согласен(на)", "Не согласен(на)");
		assertThat(ask(IVANOVA, "/children").text()).startsWith("Чтобы видеть сведения о детях");

		press(IVANOVA, question.messageId(), question.buttons().get(0).get(0).callbackData());

		await().atMost(WAIT).until(() -> !TELEGRAM.edits().isEmpty());
		assertThat(TELEGRAM.edits().get(0).text()).isEqualTo(
				"Спасибо! Согласие записано. Сюда будут приходить сообщения о детях: Пётр (5А), Ольга (6Б). Что можно сделать — /help.");
		assertThat(count("select count(*) from guardian where phone = '+79110000002' and consent_source = 'telegram'"))
			.as("the parent's own consent takes the place of the roster's, which a later roster cannot withdraw")
			.isOne();
		assertThat(count("""
				select count(*) from consent_event e join guardian g on g.id = e.guardian_id
				where g.phone = '+79110000002' and e.purpose = 'processing' and e.given
				""")).as("both consents are in the ledger").isEqualTo(2);
		assertThat(count("select count(*) from chat_link where user_id = ? and consented_at is not null", IVANOVA))
			.isOne();
	}

	@Test
	void refusesUsedExpiredAndUnknownCodes() {
		var member = this.staff.match(school(), "Орлов Дмитрий").found().orElseThrow();
		String code = this.invites.forStaff(member, Actor.adminApi()).code();
		say(ORLOV, "/start " + code);
		awaitReplies(ORLOV, 2);

		assertThat(ask(STRANGER, "/start " + code).text())
			.isEqualTo("Этот код уже использован. Попросите новый у классного руководителя.");
		assertThat(ask(STRANGER, "/start AAAABBBBCCCC").text())
			.isEqualTo("Такого кода нет. Проверьте, что он введён без ошибок.");
		String late = this.invites.forStaff(member, Actor.adminApi()).code();
		this.clock.advance(java.time.Duration.ofDays(31));
		assertThat(ask(STRANGER, "/start " + late).text())
			.isEqualTo("Срок действия кода истёк. Попросите новый у классного руководителя.");
	}

	@Test
	void stopsTryingCodesAfterTooManyWrongOnes() {
		for (int i = 0; i < 5; i++) {
			ask(STRANGER, "/start WRONGCODE" + i);
		}
		var member = this.staff.match(school(), "Орлов Дмитрий").found().orElseThrow();
		String right = this.invites.forStaff(member, Actor.adminApi()).code();

		assertThat(ask(STRANGER, "/start " + right).text())
			.isEqualTo("Слишком много неверных кодов. Подождите немного и попробуйте снова.");
		assertThat(count("select count(*) from chat_link")).isZero();

		this.clock.advance(java.time.Duration.ofMinutes(15));
		assertThat(ask(STRANGER, "/start " + right).text()).startsWith("Здравствуйте, Дмитрий!");
	}

	@Test
	void tellsAnUnlinkedUserHowToLink() {
		assertThat(ask(STRANGER, "/start").text()).startsWith("Здравствуйте! Это бот электронного журнала школы.");
		assertThat(ask(STRANGER, "/absent Иванов").text()).startsWith("Сначала привяжите Telegram");
		assertThat(ask(STRANGER, "/report").text()).startsWith("Сначала привяжите Telegram");
		assertThat(ask(STRANGER, "hello").text()).isEqualTo("Я понимаю команды, например /help.");
	}

}
