package org.classbell.bot.relay;

import org.classbell.store.privacy.Erasures;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.bot.BotIntegrationTest;
import org.classbell.notifier.inbound.InboundSms;
import org.classbell.notifier.relay.RelayButtons;
import org.classbell.notifier.testing.Dispatching;
import org.classbell.store.Actor;
import org.classbell.store.testing.DatabaseCleaner;
import org.classbell.store.testing.ImportedSchool;
import org.classbell.store.testing.TestDatabase;
import org.classbell.testing.FakeMaxApi;
import org.classbell.testing.FakeTwilio;
import org.classbell.testing.SentMaxMessage;
import org.classbell.testing.SentMessage;
import org.classbell.testing.SentSms;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Messages between parents and the class teacher, with dispatch on through the local Bot
 * API, MAX API and Twilio: a parent's text reaches the class teacher with «Ответить» and
 * «Не получать от этого родителя», the teacher's answer (after the button, or as a reply
 * in the messenger) reaches the parent; several children, mute, limits, the teacher's
 * quiet hours, SMS parents, and every refusal of what is not the presser's.
 */
@DirtiesContext
class RelayIntegrationTest extends BotIntegrationTest {

	static final FakeTwilio TWILIO = new FakeTwilio("AC0123456789abcdef0123456789abcdef", "twilio-auth-token");

	static final String MAX_TOKEN = "max-bot-token-relay";

	static final FakeMaxApi MAX = new FakeMaxApi(MAX_TOKEN).username("school1_max_bot");

	/** Алексеева Ольга: mother of Борис (5А), one child. */
	static final long ALEKSEEVA = 2001;

	static final long SOKOLOVA_MAX = 501;

	static final long ALEKSEEVA_MAX = 503;

	static final String ALEKSEEVA_PHONE = "+79110000001";

	@BeforeAll
	static void emptyDatabase() {
		DatabaseCleaner.clean(TestDatabase.migrated());
	}

	@DynamicPropertySource
	static void dispatch(DynamicPropertyRegistry registry) {
		Dispatching.through(TWILIO, registry);
		registry.add("classbell.max.token", () -> MAX_TOKEN);
		registry.add("classbell.max.api-url", () -> MAX.url().toString());
	}

	@BeforeEach
	void reset() {
		TWILIO.reset();
		MAX.clearRecordings();
	}

	@Test
	void relaysAParentsMessageToTheClassTeacherAndTheAnswerBack() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkGuardian(ALEKSEEVA, "5А", "Алексеева Ольга");

		assertThat(ask(ALEKSEEVA, "Боря забыл сменку, можно <принести> после обеда?").text())
			.isEqualTo("Передано классному руководителю 5А (Соколова Е. В.). Ответ придёт сюда.");

		SentMessage notice = awaitReply(SOKOLOVA);
		assertThat(notice.text()).isEqualTo(
				"✉️ <b>Алексеева Ольга</b> — Борис, 5А:\nБоря забыл сменку, можно &lt;принести&gt; после обеда?");
		assertThat(notice.buttons()).hasSize(2);
		assertThat(notice.buttons().get(0).get(0).text()).isEqualTo("Ответить");
		assertThat(notice.buttons().get(1).get(0).text()).isEqualTo("Не получать от этого родителя");

		press(SOKOLOVA, notice.messageId(), notice.buttons().get(0).get(0).callbackData());
		SentMessage prompt = awaitReplies(SOKOLOVA, 2).get(1);
		assertThat(prompt.text()).isEqualTo(
				"Напишите ответ — его получит Алексеева Ольга (Борис, 5А). Следующее ваше сообщение уйдёт родителю.");
		assertThat(ask(SOKOLOVA, "Да, конечно, пусть принесёт.").text())
			.isEqualTo("Ответ отправлен: его получит Алексеева Ольга (Борис, 5А).");

		SentMessage answer = awaitReplies(ALEKSEEVA, 2).get(1);
		assertThat(answer.text()).isEqualTo(
				"✉️ <b>Классный руководитель 5А</b> (Соколова Е. В.) — о ребёнке: Борис\nДа, конечно, пусть принесёт.");
		assertThat(notice.text() + prompt.text()).as("the teacher sees no phone or account of the parent")
			.doesNotContain(ALEKSEEVA_PHONE)
			.doesNotContain(String.valueOf(ALEKSEEVA));
		assertThat(answer.text()).as("the parent sees no account of the teacher")
			.doesNotContain(String.valueOf(SOKOLOVA));
		assertThat(ask(SOKOLOVA, "и ещё одно").text()).as("only the next text is the answer")
			.isEqualTo("Я понимаю команды, например /help.");
		assertThat(count("select count(*) from relay_message where direction = 'to_teacher' and status = 'relayed'"))
			.isOne();
		assertThat(count("select count(*) from relay_message where direction = 'to_parent'")).isOne();
	}

	@Test
	void takesATeachersReplyInTelegramAsTheAnswer() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkGuardian(ALEKSEEVA, "5А", "Алексеева Ольга");
		ask(ALEKSEEVA, "Можно забрать Борю в 12?");
		SentMessage notice = awaitReply(SOKOLOVA);
		await().atMost(WAIT)
			.until(() -> count("select count(*) from notification where staff_id is not null and provider_id = ?",
					String.valueOf(notice.messageId())) == 1);

		TELEGRAM.replyText(SOKOLOVA, SOKOLOVA, "Да, можно.", notice.messageId());

		assertThat(awaitReplies(SOKOLOVA, 2).get(1).text())
			.isEqualTo("Ответ отправлен: его получит Алексеева Ольга (Борис, 5А).");
		assertThat(awaitReplies(ALEKSEEVA, 2).get(1).text()).endsWith("— о ребёнке: Борис\nДа, можно.");
	}

	@Test
	void answersTheParentATeacherRepliesToEvenAfterPressingAnswerUnderAnothersMessage() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkGuardian(ALEKSEEVA, "5А", "Алексеева Ольга");
		linkGuardian(PETROVA, "5А", "Петрова Ирина");
		ask(ALEKSEEVA, "Можно забрать Борю в 12?");
		SentMessage fromAlekseeva = awaitReply(SOKOLOVA);
		ask(PETROVA, "Anna has a dentist appointment tomorrow");
		SentMessage fromPetrova = awaitReplies(SOKOLOVA, 2).get(1);
		await().atMost(WAIT)
			.until(() -> count(
					"select count(*) from notification where staff_id is not null and status = 'sent'") == 2);

		press(SOKOLOVA, fromAlekseeva.messageId(), fromAlekseeva.buttons().get(0).get(0).callbackData());
		awaitReplies(SOKOLOVA, 3);
		TELEGRAM.replyText(SOKOLOVA, SOKOLOVA, "Хорошо, отпущу.", fromPetrova.messageId());

		assertThat(awaitReplies(SOKOLOVA, 4).get(3).text())
			.isEqualTo("Ответ отправлен: его получит Петрова Ирина (Анна, 5А).");
		assertThat(awaitReplies(PETROVA, 2).get(1).text()).endsWith("Хорошо, отпущу.");
		assertThat(ask(SOKOLOVA, "ещё").text()).as("the reply ended the answering begun with the button")
			.isEqualTo("Я понимаю команды, например /help.");
		assertThat(count("select count(*) from relay_message where direction = 'to_parent'")).isOne();
	}

	@Test
	void blanksWhatTheTeacherWasToldOfAParentWhoseDataIsErased() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkGuardian(ALEKSEEVA, "5А", "Алексеева Ольга");
		ask(ALEKSEEVA, "Боря болеет, температура 38");
		awaitReply(SOKOLOVA);
		await().atMost(WAIT)
			.until(() -> count(
					"select count(*) from notification where staff_id is not null and status = 'sent'") == 1);

		this.beans.getBean(Erasures.class)
			.erase(school(), this.imported.guardian("Алексеева Ольга"), "asked", Actor.adminApi(),
					this.clock.instant());

		assertThat(
				this.jdbc.sql("select body from notification where staff_id is not null").query(String.class).single())
			.isEmpty();
		assertThat(count("select count(*) from relay_message")).isZero();
	}

	@Test
	void relaysBothWaysInMax() {
		linkStaffInMax(SOKOLOVA_MAX, "Соколова Елена");
		linkGuardianInMax(ALEKSEEVA_MAX, "5А", "Алексеева Ольга");

		MAX.write(ALEKSEEVA_MAX, "Боря сегодня опоздает");
		assertThat(awaitMax(ALEKSEEVA_MAX, 1).get(0).text())
			.isEqualTo("Передано классному руководителю 5А (Соколова Е. В.). Ответ придёт сюда.");
		SentMaxMessage notice = awaitMax(SOKOLOVA_MAX, 1).get(0);
		assertThat(notice.text()).isEqualTo("✉️ <b>Алексеева Ольга</b> — Борис, 5А:\nБоря сегодня опоздает");
		assertThat(notice.buttons().get(0).get(0).text()).isEqualTo("Ответить");
		await().atMost(WAIT)
			.until(() -> count("select count(*) from notification where staff_id is not null and provider_id = ?",
					notice.mid()) == 1);

		MAX.reply(SOKOLOVA_MAX, "Спасибо, что предупредили.", notice.mid());

		assertThat(awaitMax(SOKOLOVA_MAX, 2).get(1).text())
			.isEqualTo("Ответ отправлен: его получит Алексеева Ольга (Борис, 5А).");
		assertThat(awaitMax(ALEKSEEVA_MAX, 2).get(1).text()).isEqualTo(
				"✉️ <b>Классный руководитель 5А</b> (Соколова Е. В.) — о ребёнке: Борис\nСпасибо, что предупредили.");

		MAX.press(SOKOLOVA_MAX, notice.mid(), notice.buttons().get(0).get(0).payload());
		assertThat(awaitMax(SOKOLOVA_MAX, 3).get(2).text()).startsWith("Напишите ответ — его получит Алексеева Ольга");
	}

	@Test
	void asksAParentWhoHasNotConsentedFirstAndTellsEveryoneInHelp() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		var schoolClass = this.classes.match(school(), "5А").found().orElseThrow();
		String code = this.invites.forClass(school(), schoolClass.id(), Actor.adminApi())
			.stream()
			.filter((invite) -> invite.invitee().name().equals("Алексеева Ольга"))
			.findFirst()
			.orElseThrow()
			.code();
		say(ALEKSEEVA, "/start " + code);
		SentMessage consent = awaitReplies(ALEKSEEVA, 2).get(1);

		SentMessage asked = ask(ALEKSEEVA, "Здравствуйте");
		assertThat(asked.text()).isEqualTo(consent.text());
		assertThat(asked.buttons()).isEqualTo(consent.buttons());
		assertThat(count("select count(*) from relay_message")).isZero();
		assertThat(TELEGRAM.sentMessages(SOKOLOVA)).isEmpty();

		assertThat(ask(SOKOLOVA, "/help").text()).contains("<b>Сообщения родителей</b>", "/quiet — ваши тихие часы");
		press(ALEKSEEVA, consent.messageId(), consent.buttons().get(0).get(0).callbackData());
		await().atMost(WAIT).until(() -> TELEGRAM.edits().size() == 1);
		assertThat(ask(ALEKSEEVA, "/help").text()).contains("Любой другой текст — сообщение классному руководителю.");
	}

	@Test
	void letsAnAdminOfTheSchoolAnswerAndAnswersInTheParentsLanguage() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkStaff(BELOVA, "Белова Ирина");
		linkGuardian(PETROVA, "5А", "Петрова Ирина");

		assertThat(ask(PETROVA, "Anna will miss Friday").text())
			.isEqualTo("Passed on to the class teacher of 5А (Соколова Е. В.). The answer will come here.");
		SentMessage notice = awaitReply(SOKOLOVA);
		press(BELOVA, notice.messageId(), notice.buttons().get(0).get(0).callbackData());
		assertThat(awaitReply(BELOVA).text()).startsWith("Напишите ответ — его получит Петрова Ирина (Анна, 5А).");
		ask(BELOVA, "Thank you, noted.");

		assertThat(awaitReplies(PETROVA, 2).get(1).text())
			.isEqualTo("✉️ <b>School</b> (Белова И.) — about Анна\nThank you, noted.");
	}

	@Test
	void tellsTheTeacherWhenTheAnswerCannotGoOrIsTooLong() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkGuardian(ALEKSEEVA, "5А", "Алексеева Ольга");
		ask(ALEKSEEVA, "Вопрос");
		SentMessage notice = awaitReply(SOKOLOVA);

		press(SOKOLOVA, notice.messageId(), notice.buttons().get(0).get(0).callbackData());
		awaitReplies(SOKOLOVA, 2);
		assertThat(ask(SOKOLOVA, "ы".repeat(2001)).text()).startsWith("Слишком длинный ответ: не больше 2")
			.endsWith("Ничего не отправлено; напишите короче.");
		assertThat(count("select count(*) from bot_pending where kind = 'relay_reply'")).as("may write it again")
			.isOne();

		SentMessage stop = ask(ALEKSEEVA, "/stop");
		press(ALEKSEEVA, stop.messageId(), stop.buttons().get(0).get(0).callbackData());
		await().atMost(WAIT).until(() -> count("select count(*) from chat_link where user_id = ?", ALEKSEEVA) == 0);
		TELEGRAM.replyText(SOKOLOVA, SOKOLOVA, "Ответ", notice.messageId());
		assertThat(awaitReplies(SOKOLOVA, 4).get(3).text()).isEqualTo(
				"Ответ не отправлен: до родителя (Алексеева Ольга) сейчас не дойти ни в мессенджере, ни по SMS.");
		assertThat(count("select count(*) from relay_message where direction = 'to_parent'")).isZero();
	}

	@Test
	void asksWhichChildWhenTheyAreInSeveralClassesAndRelaysToThatClassTeacherOnly() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkStaff(ORLOV, "Орлов Дмитрий");
		linkGuardian(IVANOVA, "5А", "Иванова Мария");

		SentMessage question = ask(IVANOVA, "Пётр будет на олимпиаде в пятницу");
		assertThat(question.text()).isEqualTo("О ком сообщение?");
		assertThat(question.buttons()).extracting((row) -> row.get(0).text())
			.containsExactly("Пётр, 5А", "Ольга, 6Б", "Отмена");
		String forged = question.buttons()
			.get(0)
			.get(0)
			.callbackData()
			.replaceFirst(":[0-9]+$", ":" + this.imported.student("Алексеев", "Борис").value());
		press(IVANOVA, question.messageId(), forged);
		await().atMost(WAIT).until(() -> TELEGRAM.calls("answerCallbackQuery").size() == 1);
		assertThat(TELEGRAM.calls("answerCallbackQuery").get(0).body()).contains("Эта кнопка больше не действует");
		assertThat(count("select count(*) from relay_message")).as("nothing for someone else's child").isZero();

		press(IVANOVA, question.messageId(), question.buttons().get(0).get(0).callbackData());
		await().atMost(WAIT).until(() -> TELEGRAM.edits().size() == 1);
		assertThat(TELEGRAM.edits().get(0).text())
			.isEqualTo("Передано классному руководителю 5А (Соколова Е. В.). Ответ придёт сюда.");
		assertThat(awaitReply(SOKOLOVA).text())
			.isEqualTo("✉️ <b>Иванова Мария</b> — Пётр, 5А:\nПётр будет на олимпиаде в пятницу");

		SentMessage notice = TELEGRAM.sentMessages(SOKOLOVA).get(0);
		assertThat(notice.buttons().get(0).get(0).callbackData()).isEqualTo(
				RelayButtons.reply(this.imported.guardian("Иванова Мария"), this.imported.student("Иванов", "Пётр")));
		press(SOKOLOVA, notice.messageId(), notice.buttons().get(0).get(0).callbackData());
		awaitReplies(SOKOLOVA, 2);
		ask(SOKOLOVA, "Хорошо, отмечу.");
		SentMessage answer = awaitReplies(IVANOVA, 2).get(1);
		assertThat(answer.text()).endsWith("Хорошо, отмечу.");
		await().atMost(WAIT)
			.until(() -> count("select count(*) from notification where kind = 'teacher_reply' and provider_id = ?",
					String.valueOf(answer.messageId())) == 1);
		TELEGRAM.replyText(IVANOVA, IVANOVA, "Спасибо!", answer.messageId());
		assertThat(awaitReplies(IVANOVA, 3).get(2).text()).as("a reply to the answer is about the same child")
			.isEqualTo("Передано классному руководителю 5А (Соколова Е. В.). Ответ придёт сюда.");
		assertThat(awaitReplies(SOKOLOVA, 4).get(3).text()).isEqualTo("✉️ <b>Иванова Мария</b> — Пётр, 5А:\nСпасибо!");

		SentMessage again = ask(IVANOVA, "Оля заболела");
		press(IVANOVA, again.messageId(), again.buttons().get(1).get(0).callbackData());
		await().atMost(WAIT).until(() -> TELEGRAM.edits().size() == 2);
		assertThat(TELEGRAM.edits().get(1).text())
			.isEqualTo("Классному руководителю 6Б пока нельзя написать через бот: "
					+ "сообщение сохранено, но не передано. По срочным вопросам обратитесь в школу.");
		assertThat(count("select count(*) from relay_message where status = 'no_teacher'")).isOne();
		assertThat(TELEGRAM.sentMessages(ORLOV)).as("a teacher of the class who does not lead it").isEmpty();
		assertThat(TELEGRAM.sentMessages(SOKOLOVA)).hasSize(4);
	}

	@Test
	void refusesReplyAndMuteButtonsToAnyoneButTheClassTeacher() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkStaff(ORLOV, "Орлов Дмитрий");
		linkGuardian(ALEKSEEVA, "5А", "Алексеева Ольга");
		ask(ALEKSEEVA, "Вопрос по экскурсии");
		SentMessage notice = awaitReply(SOKOLOVA);
		String reply = notice.buttons().get(0).get(0).callbackData();
		String mute = notice.buttons().get(1).get(0).callbackData();
		String otherSchool = otherSchoolsAdmin();

		press(ORLOV, notice.messageId(), reply);
		press(ORLOV, notice.messageId(), mute);
		press(ALEKSEEVA, notice.messageId(), reply);
		press(3100, notice.messageId(), reply);
		String forgedGuardian = reply.replaceFirst("rr:[0-9]+:",
				"rr:" + this.imported.guardian("Петрова Ирина").value() + ":");
		press(SOKOLOVA, notice.messageId(), forgedGuardian);
		press(SOKOLOVA, notice.messageId(), "rr:1:x");
		await().atMost(WAIT).until(() -> TELEGRAM.calls("answerCallbackQuery").size() == 6);

		assertThat(TELEGRAM.calls("answerCallbackQuery"))
			.allSatisfy((call) -> assertThat(call.body()).contains("Эта кнопка больше не действует"));
		assertThat(otherSchool).isNotEmpty();
		assertThat(count("select count(*) from bot_pending")).as("no one is replying").isZero();
		assertThat(count("select count(*) from relay_conversation where muted_at is not null")).isZero();
		assertThat(ask(ORLOV, "Здравствуйте!").text()).isEqualTo("Я понимаю команды, например /help.");
		assertThat(count("select count(*) from relay_message where direction = 'to_parent'")).isZero();
	}

	@Test
	void keepsAMutedConversationsMessagesFromTheTeacherUntilUnmuted() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkGuardian(ALEKSEEVA, "5А", "Алексеева Ольга");
		ask(ALEKSEEVA, "Первое");
		SentMessage notice = awaitReply(SOKOLOVA);

		press(SOKOLOVA, notice.messageId(), notice.buttons().get(1).get(0).callbackData());
		SentMessage muted = awaitReplies(SOKOLOVA, 2).get(1);
		assertThat(muted.text()).isEqualTo("Сообщения от родителя (Алексеева Ольга; Борис, 5А) больше не будут "
				+ "приходить вам. Они сохраняются, родителю сообщат, что вы их сейчас не получаете.");
		assertThat(ask(ALEKSEEVA, "Второе").text()).isEqualTo("Сообщение сохранено, но классный руководитель 5А "
				+ "сейчас не получает сообщения в этом разговоре. По срочным вопросам звоните в школу.");
		assertThat(count("select count(*) from relay_message where status = 'muted'")).isOne();
		assertThat(count("select count(*) from notification where staff_id is not null")).isOne();

		press(SOKOLOVA, muted.messageId(), muted.buttons().get(0).get(0).callbackData());
		await().atMost(WAIT).until(() -> TELEGRAM.edits().size() == 1);
		assertThat(TELEGRAM.edits().get(0).text())
			.isEqualTo("Сообщения от родителя (Алексеева Ольга; Борис, 5А) снова приходят вам.");
		ask(ALEKSEEVA, "Третье");
		assertThat(awaitReplies(SOKOLOVA, 3).get(2).text()).endsWith("Третье");
		assertThat(count("select count(*) from audit_log where entity = 'relay_conversation' and action = 'update'"))
			.as("muting and unmuting")
			.isEqualTo(2);
	}

	@Test
	void limitsHowManyMessagesAParentSendsAnHourAndADay() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkGuardian(ALEKSEEVA, "5А", "Алексеева Ольга");
		for (int hour = 0; hour < 4; hour++) {
			for (int i = 0; i < 5; i++) {
				assertThat(ask(ALEKSEEVA, "Сообщение " + hour + "." + i).text()).startsWith("Передано");
			}
			if (hour < 3) {
				assertThat(ask(ALEKSEEVA, "Ещё одно").text())
					.isEqualTo("За час можно отправить классным руководителям не больше 5 сообщений. "
							+ "Ничего не отправлено, попробуйте позже.");
				this.clock.advance(Duration.ofMinutes(61));
			}
		}
		assertThat(ask(ALEKSEEVA, "Ещё одно").text())
			.isEqualTo("За сутки можно отправить классным руководителям не больше 20 сообщений. "
					+ "Ничего не отправлено, попробуйте завтра.");
		this.clock.advance(Duration.ofHours(22));
		assertThat(ask(ALEKSEEVA, "На следующий день").text()).startsWith("Передано");
		assertThat(count("select count(*) from relay_message")).isEqualTo(21);
	}

	@Test
	void refusesATooLongMessage() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkGuardian(ALEKSEEVA, "5А", "Алексеева Ольга");

		assertThat(ask(ALEKSEEVA, "а".repeat(2001)).text()).startsWith("Слишком длинное сообщение: не больше 2")
			.endsWith("знаков. Ничего не отправлено.");
		assertThat(count("select count(*) from relay_message")).isZero();
		assertThat(ask(ALEKSEEVA, "а".repeat(2000)).text()).startsWith("Передано");
	}

	@Test
	void holdsTheNoticeInTheTeachersQuietHoursAndSaysSo() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkGuardian(ALEKSEEVA, "5А", "Алексеева Ольга");
		assertThat(ask(SOKOLOVA, "/quiet").text()).startsWith("Тихие часы школы: 20:00–08:00.");
		assertThat(ask(SOKOLOVA, "/quiet 9:00-10:00").text()).startsWith("Ваши тихие часы: 09:00–10:00.");

		assertThat(ask(ALEKSEEVA, "Вопрос").text()).isEqualTo("Передано классному руководителю 5А (Соколова Е. В.). "
				+ "Сейчас у учителя тихие часы: он увидит сообщение после 10:00. Ответ придёт сюда.");
		await().atMost(WAIT)
			.until(() -> count("select count(*) from notification where staff_id is not null and next_attempt_at = ?",
					LocalDateTime.of(2026, 11, 25, 10, 0).atZone(ImportedSchool.ZONE).toOffsetDateTime()) == 1);
		assertThat(TELEGRAM.sentMessages(SOKOLOVA)).hasSize(2);

		this.clock.advance(Duration.ofMinutes(31));
		assertThat(awaitReplies(SOKOLOVA, 3).get(2).text()).endsWith("Вопрос");
		assertThat(ask(SOKOLOVA, "/quiet off").text()).startsWith("Тихих часов нет");
		assertThat(ask(SOKOLOVA, "/quiet когда-нибудь").text()).startsWith("Напишите часы так: /quiet 21:00-07:00.");
		assertThat(ask(SOKOLOVA, "/quiet school").text()).startsWith("Тихие часы школы: 20:00–08:00.");
	}

	@Test
	void relaysAnSmsParentsTextAndSendsTheAnswerBySms() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		InboundSms inbound = this.beans.getBean(InboundSms.class);

		assertThat(inbound.receive("SM100", ALEKSEEVA_PHONE, "Боря заболел, дома до пятницы"))
			.hasValue("Передано классному руководителю 5А (Соколова Е. В.). Ответ придёт по SMS.");
		SentMessage notice = awaitReply(SOKOLOVA);
		assertThat(notice.text()).isEqualTo("✉️ <b>Алексеева Ольга</b> — Борис, 5А:\nБоря заболел, дома до пятницы");
		press(SOKOLOVA, notice.messageId(), notice.buttons().get(0).get(0).callbackData());
		awaitReplies(SOKOLOVA, 2);
		ask(SOKOLOVA, "Выздоравливайте!");

		List<SentSms> sms = TWILIO.awaitMessages(1);
		assertThat(sms.get(0).to()).isEqualTo(ALEKSEEVA_PHONE);
		assertThat(sms.get(0).body()).isEqualTo("Классный руководитель 5А (Соколова Е. В.), Борис: Выздоравливайте!");

		assertThat(inbound.receive("SM101", "+79110000002", "Добрый день, вопрос"))
			.hasValue("Ваши дети учатся в разных классах. Начните SMS с имени ребёнка, например: Пётр, Ольга. "
					+ "Ничего не отправлено.");
		assertThat(inbound.receive("SM102", "+79110000002", "Пётр: заберу в 12"))
			.hasValue("Передано классному руководителю 5А (Соколова Е. В.). Ответ придёт по SMS.");
		assertThat(awaitReplies(SOKOLOVA, 4).get(3).text())
			.isEqualTo("✉️ <b>Иванова Мария</b> — Пётр, 5А:\nПётр: заберу в 12");
	}

	/**
	 * An admin of another school, linked in Telegram, who presses the buttons: none of
	 * them works.
	 * @return the answers they got
	 */
	private String otherSchoolsAdmin() {
		var schools = this.beans.getBean(org.classbell.store.school.Schools.class);
		var other = schools.ensure("Школа №2", ImportedSchool.ZONE, "RU");
		this.beans.getBean(org.classbell.store.staff.StaffImport.class)
			.apply(other.id(), org.classbell.store.testing.Lines.staff("Кузнецова,Анна,,admin,,"), Actor.adminApi());
		var admin = this.staff.match(other.id(), "Кузнецова Анна").found().orElseThrow();
		say(3100, "/start " + this.invites.forStaff(admin, Actor.adminApi()).code());
		awaitReplies(3100, 1);
		return String.valueOf(admin.id().value());
	}

	private void linkStaffInMax(long user, String lastAndFirst) {
		var member = this.staff.match(school(), lastAndFirst).found().orElseThrow();
		MAX.start(user, this.invites.forStaff(member, Actor.adminApi()).code());
		awaitMax(user, 2);
		MAX.clearRecordings();
	}

	private void linkGuardianInMax(long user, String className, String guardianName) {
		var schoolClass = this.classes.match(school(), className).found().orElseThrow();
		String code = this.invites.forClass(school(), schoolClass.id(), Actor.adminApi())
			.stream()
			.filter((invite) -> invite.invitee().name().equals(guardianName))
			.findFirst()
			.orElseThrow()
			.code();
		MAX.start(user, code);
		SentMaxMessage question = awaitMax(user, 2).get(1);
		MAX.press(user, question.mid(), question.buttons().get(0).get(0).payload());
		await().atMost(WAIT).until(() -> !MAX.edits().isEmpty());
		MAX.clearRecordings();
	}

	private List<SentMaxMessage> awaitMax(long user, int count) {
		await().atMost(WAIT).until(() -> MAX.sentMessages(MAX.chatOf(user)).size() >= count);
		return MAX.sentMessages(MAX.chatOf(user));
	}

}
