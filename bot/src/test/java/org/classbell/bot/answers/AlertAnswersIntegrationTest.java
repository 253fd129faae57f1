package org.classbell.bot.answers;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.bot.BotIntegrationTest;
import org.classbell.notifier.inbound.InboundSms;
import org.classbell.notifier.testing.Dispatching;
import org.classbell.store.Actor;
import org.classbell.store.testing.DatabaseCleaner;
import org.classbell.store.testing.TestDatabase;
import org.classbell.testing.Button;
import org.classbell.testing.Edit;
import org.classbell.testing.FakeMaxApi;
import org.classbell.testing.SentMaxMessage;
import org.classbell.testing.FakeTwilio;
import org.classbell.testing.SentMessage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Parents' answers to absence alerts, with dispatch on through the local Bot API server
 * and a local Twilio: the alert's buttons, the class teacher's notice and its "excuse",
 * the school's «Болеет» setting, SMS answers, and every refusal tried.
 */
@DirtiesContext
class AlertAnswersIntegrationTest extends BotIntegrationTest {

	static final FakeTwilio TWILIO = new FakeTwilio("AC0123456789abcdef0123456789abcdef", "twilio-auth-token");

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	static final String MAX_TOKEN = "max-answers-bot-token-7d1e";

	static final FakeMaxApi MAX = new FakeMaxApi(MAX_TOKEN).username("school1_answers_max_bot");

	/** Петрова Ирина's account in MAX. */
	static final long PETROVA_MAX = 602;

	/** Алексеева Ольга, mother of Борис (5А), who has SMS only. */
	static final String ALEKSEEVA_PHONE = "+79110000001";

	@Autowired
	InboundSms inbound;

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
	void people() {
		TWILIO.reset();
		MAX.clearRecordings();
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkGuardian(IVANOVA, "5А", "Иванова Мария");
	}

	@Test
	void aParentAnswersWithAButtonAndTheClassTeacherExcusesWithAnother() {
		SentMessage alert = alertToIvanova();
		assertThat(alert.text()).isEqualTo("🔔 <b>Пётр</b>, 5А, 25 ноября: отсутствие весь день.");
		assertThat(alert.buttons()).extracting((row) -> row.get(0).text())
			.containsExactly("🤒 Болеет", "📄 Уважительная причина", "📞 Свяжитесь со мной");
		String ill = alert.buttons().get(0).get(0).callbackData();
		assertThat(ill).isEqualTo("aa:" + petr() + ":" + TODAY.toEpochDay() + ":ill");

		press(IVANOVA, alert.messageId(), ill);

		await().atMost(WAIT).until(() -> !TELEGRAM.edits().isEmpty());
		Edit edited = TELEGRAM.edits().get(0);
		assertThat(edited.text()).isEqualTo("🔔 <b>Пётр</b>, 5А, 25 ноября: отсутствие весь день.\n\n"
				+ "Ваш ответ: 🤒 Болеет. Классный руководитель его получил.");
		assertThat(edited.buttons()).extracting((row) -> row.get(0).text())
			.containsExactly("✓ 🤒 Болеет", "📄 Уважительная причина", "📞 Свяжитесь со мной");
		assertThat(TELEGRAM.calls("answerCallbackQuery").get(0).body()).contains("Спасибо! Ответ передан");
		assertThat(rows("select answer || ' ' || source from alert_answer")).containsExactly("ill telegram");

		SentMessage notice = awaitReplies(SOKOLOVA, 2).get(1);
		assertThat(notice.text()).isEqualTo("💬 <b>Иванова Мария</b> (Пётр, 5А) — об отсутствии 25 ноября: «Болеет».");
		assertThat(notice.buttons().get(0)).extracting(Button::text)
			.containsExactly("Отметить пропуск уважительным", "Ответить родителю");
		assertThat(notice.buttons().get(0).get(1).callbackData())
			.isEqualTo("rr:" + this.imported.guardian("Иванова Мария").value() + ":" + petr());
		assertThat(rows("select kind || ' ' || topic from notification where staff_id is not null"))
			.containsExactly("parent_answer parent:" + this.imported.guardian("Иванова Мария").value() + ":" + petr());

		press(SOKOLOVA, notice.messageId(), notice.buttons().get(0).get(0).callbackData());

		await().atMost(WAIT).until(() -> TELEGRAM.edits().size() == 2);
		assertThat(TELEGRAM.edits().get(1).text()).isEqualTo("💬 <b>Иванова Мария</b> (Пётр, 5А) — об отсутствии "
				+ "25 ноября: «Болеет».\n✅ Пропуск отмечен как уважительный: Соколова Елена.");
		assertThat(TELEGRAM.edits().get(1).buttons().get(0)).extracting(Button::text)
			.containsExactly("Ответить родителю");
		assertThat(rows("select status || ' ' || reason from attendance"))
			.containsExactly("excused болеет, со слов родителя");
		assertThat(count("select count(*) from alert_answer where excused_at is not null and excused_by is not null"))
			.isOne();

		this.clock.advance(Duration.ofMinutes(3));
		SentMessage update = awaitReplies(IVANOVA, 2).get(1);
		assertThat(update.text()).isEqualTo("🔔 Уточнение: <b>Пётр</b>, 5А, 25 ноября: отсутствие весь день "
				+ "по уважительной причине (болеет, со слов родителя).");
		assertThat(update.buttons()).as("nothing left to answer").isEmpty();

		press(SOKOLOVA, notice.messageId(), notice.buttons().get(0).get(0).callbackData());
		await().atMost(WAIT).until(() -> TELEGRAM.calls("answerCallbackQuery").size() == 3);
		assertThat(TELEGRAM.calls("answerCallbackQuery").get(2).body()).contains("уже отмечены уважительными");
		assertThat(count("select count(*) from journal_entry where kind = 'excuse'")).isOne();
	}

	@Test
	void aRepeatedTapChangesNothingAndTellsTheTeacherNothingNew() {
		SentMessage alert = alertToIvanova();
		String reason = alert.buttons().get(1).get(0).callbackData();
		press(IVANOVA, alert.messageId(), reason);
		awaitReplies(SOKOLOVA, 2);

		press(IVANOVA, alert.messageId(), reason);

		await().atMost(WAIT).until(() -> TELEGRAM.calls("answerCallbackQuery").size() == 2);
		assertThat(TELEGRAM.calls("answerCallbackQuery").get(1).body()).contains("Этот ответ уже передан");
		assertThat(count("select count(*) from notification where staff_id is not null")).isOne();
		assertThat(count("select count(*) from audit_log where entity = 'alert_answer'")).isOne();

		press(IVANOVA, alert.messageId(), alert.buttons().get(2).get(0).callbackData());
		SentMessage changed = awaitReplies(SOKOLOVA, 3).get(2);
		assertThat(changed.text()).isEqualTo("💬 <b>Иванова Мария</b> (Пётр, 5А) — об отсутствии 25 ноября: "
				+ "просит связаться («Свяжитесь со мной»).");
		assertThat(rows("select answer from alert_answer")).containsExactly("contact");
	}

	@Test
	void refusesAForgedAnswerAboutSomeoneElsesChild() {
		alertToIvanova();
		linkGuardian(PETROVA, "5А", "Петрова Ирина");

		press(PETROVA, 1, "aa:" + petr() + ":" + TODAY.toEpochDay() + ":ill");

		await().atMost(WAIT)
			.until(() -> TELEGRAM.calls("answerCallbackQuery")
				.stream()
				.anyMatch((call) -> call.body().contains("This button no longer works")));
		assertThat(count("select count(*) from alert_answer")).isZero();
		assertThat(count("select count(*) from notification where staff_id is not null")).isZero();
	}

	@Test
	void refusesAnAnswerMoreThanAWeekOld() {
		SentMessage alert = alertToIvanova();
		this.clock.advance(Duration.ofDays(8));

		press(IVANOVA, alert.messageId(), alert.buttons().get(0).get(0).callbackData());

		assertExpired(IVANOVA);
		assertThat(count("select count(*) from alert_answer")).isZero();
	}

	@Test
	void refusesAnAnswerToAWithdrawnAbsence() {
		SentMessage alert = alertToIvanova();
		ask(SOKOLOVA, "/undo");

		press(IVANOVA, alert.messageId(), alert.buttons().get(0).get(0).callbackData());

		assertExpired(IVANOVA);
		assertThat(count("select count(*) from alert_answer")).isZero();
	}

	@Test
	void refusesForgedAndMalformedAnswerButtons() {
		alertToIvanova();

		press(IVANOVA, 1, "aa:" + petr() + ":" + TODAY.toEpochDay() + ":fever");
		press(IVANOVA, 1, "aa:" + petr() + ":x:ill");
		press(IVANOVA, 1, "ax:" + petr() + ":" + TODAY.toEpochDay());

		await().atMost(WAIT).until(() -> TELEGRAM.calls("answerCallbackQuery").size() == 3);
		assertThat(TELEGRAM.calls("answerCallbackQuery"))
			.allSatisfy((call) -> assertThat(call.body()).contains("Эта кнопка больше не действует"));
		assertThat(count("select count(*) from alert_answer")).isZero();
	}

	@Test
	void onlyTheClassTeacherOrAnAdminExcuses() {
		SentMessage alert = alertToIvanova();
		press(IVANOVA, alert.messageId(), alert.buttons().get(0).get(0).callbackData());
		String excuse = awaitReplies(SOKOLOVA, 2).get(1).buttons().get(0).get(0).callbackData();
		linkStaff(ORLOV, "Орлов Дмитрий");
		TELEGRAM.clearRecordings();

		press(ORLOV, 1, excuse);
		assertExpired(ORLOV);
		press(IVANOVA, 1, excuse);
		await().atMost(WAIT).until(() -> TELEGRAM.calls("answerCallbackQuery").size() == 2);
		assertThat(TELEGRAM.calls("answerCallbackQuery").get(1).body()).contains("Эта кнопка больше не действует");
		assertThat(rows("select status from attendance")).containsExactly("absent");

		linkStaff(BELOVA, "Белова Ирина");
		press(BELOVA, 1, excuse);
		await().atMost(WAIT).until(() -> !TELEGRAM.edits().isEmpty());
		assertThat(TELEGRAM.edits().get(0).text()).endsWith("✅ Пропуск отмечен как уважительный: Белова Ирина.");
		assertThat(rows("select status from attendance")).containsExactly("excused");
	}

	@Test
	void excusesIllnessByItselfWhereTheSchoolSetIt() {
		this.jdbc.sql("update school set illness_excuses = true").update();
		SentMessage alert = alertToIvanova();

		press(IVANOVA, alert.messageId(), alert.buttons().get(0).get(0).callbackData());

		SentMessage notice = awaitReplies(SOKOLOVA, 2).get(1);
		assertThat(notice.text()).isEqualTo("💬 <b>Иванова Мария</b> (Пётр, 5А) — об отсутствии 25 ноября: "
				+ "«Болеет».\n✅ Пропуск отмечен как уважительный автоматически: так настроено в школе.");
		assertThat(notice.buttons().get(0)).extracting(Button::text).containsExactly("Ответить родителю");
		assertThat(rows("select status || ' ' || reason from attendance"))
			.containsExactly("excused болеет, со слов родителя");
		assertThat(rows("select actor from audit_log where entity = 'attendance' and action = 'update'"))
			.containsExactly("guardian:" + this.imported.guardian("Иванова Мария").value());
		assertThat(count("select count(*) from alert_answer where excused_at is not null and excused_by is null"))
			.isOne();
		await().atMost(WAIT).until(() -> !TELEGRAM.edits().isEmpty());
		assertThat(TELEGRAM.edits().get(0).text()).endsWith("Ваш ответ: 🤒 Болеет. Пропуск отмечен уважительным.");
	}

	@Test
	void takesAnSmsAnswerByNumberOrWordWithinADay() {
		ask(SOKOLOVA, "/absent Алексеев");
		this.clock.advance(Duration.ofMinutes(3));
		assertThat(TWILIO.awaitMessages(1).get(0).body()).as("no room for how to answer in one Cyrillic segment")
			.isEqualTo("Борис (5А) 25.11: отсутствие весь день.");
		await().atMost(WAIT)
			.until(() -> count("select count(*) from notification where channel = 'sms' and status = 'sent'") == 1);

		assertThat(this.inbound.receive(null, ALEKSEEVA_PHONE, "2"))
			.contains("Спасибо, ответ «уваж. причина» передан классному руководителю.");
		assertThat(rows("select answer || ' ' || source from alert_answer")).containsExactly("reason sms");
		SentMessage notice = awaitReplies(SOKOLOVA, 2).get(1);
		assertThat(notice.text())
			.isEqualTo("💬 <b>Алексеева Ольга</b> (Борис, 5А) — об отсутствии 25 ноября: «Уважительная причина».");

		assertThat(this.inbound.receive(null, ALEKSEEVA_PHONE, "Болеет!"))
			.contains("Спасибо, ответ «болеет» передан классному руководителю.");
		assertThat(rows("select answer from alert_answer")).containsExactly("ill");
		assertThat(this.inbound.receive(null, ALEKSEEVA_PHONE, "boleet")).isPresent();
		assertThat(this.inbound.receive(null, ALEKSEEVA_PHONE, "BOLEYET")).isPresent();
		assertThat(this.inbound.receive(null, ALEKSEEVA_PHONE, "болеет, температура").orElseThrow())
			.as("a message for the relay, not an answer")
			.doesNotContain("Спасибо, ответ");
		assertThat(count("select count(*) from notification where kind = 'parent_answer'")).isEqualTo(2);
		assertThat(count("select count(*) from notification where kind = 'parent_message'")).isOne();

		this.clock.advance(Duration.ofHours(25));
		assertThat(this.inbound.receive(null, ALEKSEEVA_PHONE, "3"))
			.contains("Сейчас нет вопроса, на который можно ответить цифрой. ПОМОЩЬ — справка.");
		assertThat(rows("select answer from alert_answer")).containsExactly("ill");
	}

	@Test
	void aParentAnswersInMaxAndTheClassTeacherIsTold() {
		linkGuardianInMax(PETROVA_MAX, "Петрова Ирина");
		ask(SOKOLOVA, "/absent 4");
		this.clock.advance(Duration.ofMinutes(3));
		await().atMost(WAIT).until(() -> MAX.sentMessages(MAX.chatOf(PETROVA_MAX)).size() == 1);
		SentMaxMessage alert = MAX.sentMessages(MAX.chatOf(PETROVA_MAX)).get(0);
		assertThat(alert.text()).isEqualTo("🔔 <b>Анна</b>, 5А, November 25: absent all day.");
		assertThat(alert.buttons()).extracting((row) -> row.get(0).text())
			.containsExactly("🤒 Ill", "📄 Good reason", "📞 Please contact me");

		MAX.press(PETROVA_MAX, alert.mid(), alert.buttons().get(2).get(0).payload());

		await().atMost(WAIT).until(() -> MAX.edits().size() == 1);
		assertThat(MAX.edits().get(0).text())
			.endsWith("\n\nYour answer: 📞 Please contact me. The class teacher has it.");
		assertThat(MAX.edits().get(0).buttons().get(2).get(0).text()).isEqualTo("✓ 📞 Please contact me");
		assertThat(MAX.answers().get(0).notification()).isEqualTo("Thank you! Your answer went to the class teacher.");
		assertThat(rows("select answer || ' ' || source from alert_answer")).containsExactly("contact max");
		SentMessage notice = awaitReplies(SOKOLOVA, 2).get(1);
		assertThat(notice.text()).isEqualTo("💬 <b>Петрова Ирина</b> (Анна, 5А) — об отсутствии 25 ноября: "
				+ "просит связаться («Свяжитесь со мной»).");
	}

	@Test
	void theReportShowsTheParentsAnswer() {
		SentMessage alert = alertToIvanova();
		press(IVANOVA, alert.messageId(), alert.buttons().get(0).get(0).callbackData());
		awaitReplies(SOKOLOVA, 2);

		assertThat(ask(IVANOVA, "/report").text())
			.contains("Ваши ответы на оповещения о пропусках: 25 ноября — болеет.");
	}

	@Test
	void anSmsAlertSaysHowToAnswerWhereItFitsTheBudget() {
		this.jdbc.sql("update school set sms_transliterate = true").update();
		ask(SOKOLOVA, "/absent Алексеев");
		this.clock.advance(Duration.ofMinutes(3));

		assertThat(TWILIO.awaitMessages(1).get(0).body()).isEqualTo("Boris (5A) 25.11: otsutstviye ves den.\n"
				+ "Otvette: 1 - boleyet, 2 - uvazh. prichina, 3 - pozvonite");
	}

	private void linkGuardianInMax(long user, String guardianName) {
		var schoolClass = this.classes.match(school(), "5А").found().orElseThrow();
		String code = this.invites.forClass(school(), schoolClass.id(), Actor.adminApi())
			.stream()
			.filter((invite) -> invite.invitee().name().equals(guardianName))
			.findFirst()
			.orElseThrow()
			.code();
		MAX.start(user, code);
		await().atMost(WAIT).until(() -> MAX.sentMessages(MAX.chatOf(user)).size() >= 2);
		SentMaxMessage question = MAX.sentMessages(MAX.chatOf(user)).get(1);
		MAX.press(user, question.mid(), question.buttons().get(0).get(0).payload());
		await().atMost(WAIT).until(() -> !MAX.edits().isEmpty());
		MAX.clearRecordings();
	}

	private SentMessage alertToIvanova() {
		ask(SOKOLOVA, "/absent 2");
		this.clock.advance(Duration.ofMinutes(3));
		return awaitReply(IVANOVA);
	}

	private void assertExpired(long user) {
		await().atMost(WAIT)
			.until(() -> TELEGRAM.calls("answerCallbackQuery")
				.stream()
				.anyMatch((call) -> call.body().contains("Эта кнопка больше не действует")));
	}

	private long petr() {
		return this.imported.student("Иванов", "Пётр").value();
	}

	private List<String> rows(String sql) {
		return this.jdbc.sql(sql).query(String.class).list();
	}

}
