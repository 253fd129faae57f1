package org.classbell.bot;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.classbell.notifier.privacy.PersonalData;
import org.classbell.testing.Button;
import org.classbell.testing.Edit;
import org.classbell.testing.SentDocument;
import org.classbell.testing.SentMessage;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * {@code /mydata}: a guardian's own data as a JSON file, after a confirmation, and to
 * nobody else.
 */
class MyDataIntegrationTest extends BotIntegrationTest {

	private static final String EXPIRED = "Эта кнопка больше не действует";

	@Autowired
	JsonMapper json;

	@Autowired
	PersonalData personalData;

	@BeforeEach
	void people() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkGuardian(IVANOVA, "5А", "Иванова Мария");
		linkGuardian(PETROVA, "5А", "Петрова Ирина");
	}

	@Test
	void sendsTheGuardianEverythingHeldAboutThemAsAJsonFileAfterConfirmation() {
		ask(SOKOLOVA, "/praise Иванов П.С. помог однокласснику");
		ask(SOKOLOVA, "/praise Петрова помогла однокласснице");

		SentMessage question = ask(IVANOVA, "/mydata");
		assertThat(question.text()).isEqualTo(
				"Прислать файл со всем, что ClassBell хранит о вас: имя, телефон, настройки, дети и их классы, история согласий, сообщения вам?");
		assertThat(question.buttons()).singleElement()
			.satisfies(
					(row) -> assertThat(row).extracting(Button::text).containsExactly("Да, прислать", "Нет, не нужно"));
		press(IVANOVA, question.messageId(), question.buttons().get(0).get(0).callbackData());

		SentDocument file = awaitDocument(IVANOVA);
		assertThat(file.fileName()).isEqualTo("classbell-mydata-2026-11-25.json");
		assertThat(file.caption()).isEqualTo("Всё, что ClassBell хранит о вас, на 25 ноября (JSON).");
		assertThat(file.parseMode()).isEqualTo("html");
		assertThat(TELEGRAM.edits()).extracting(Edit::messageId, Edit::text, Edit::buttons)
			.containsExactly(tuple(question.messageId(), "Отправляю файл с вашими данными.", List.of()));

		JsonNode data = this.json.readTree(file.text());
		assertThat(file.text()).as("pretty-printed").contains("\n  \"guardian\" : {");
		assertThat(data.path("exportedAt").asString()).as("dates as ISO-8601 text").isEqualTo("2026-11-25T06:30:00Z");
		assertThat(data.path("guardian").path("name").asString()).isEqualTo("Иванова Мария");
		assertThat(data.path("guardian").path("phone").asString()).isEqualTo("+79110000002");
		assertThat(data.path("children").values())
			.extracting((child) -> child.path("name").asString(), (child) -> child.path("className").asString(),
					(child) -> child.path("listNo").asInt())
			.containsExactly(tuple("Иванов Пётр Сергеевич", "5А", 2), tuple("Иванова Ольга", "6Б", 1));
		assertThat(data.path("telegram").path("userId").asLong()).isEqualTo(IVANOVA);
		assertThat(data.path("consents").values())
			.allSatisfy((consent) -> assertThat(consent.path("at").isString()).isTrue())
			.extracting((consent) -> consent.path("source").asString(), (consent) -> consent.path("purpose").asString(),
					(consent) -> consent.path("given").asBoolean())
			.contains(tuple("roster", "processing", true), tuple("telegram", "processing", true));
		assertThat(data.path("notifications").values()).singleElement()
			.satisfies((message) -> assertThat(message.path("body").asString()).contains("помог однокласснику"));
		assertThat(file.text()).as("nothing about other guardians or their children")
			.doesNotContain("Петрова", "+79110000004", "помогла однокласснице", "Иванов Андрей", "+79110000003",
					"Павел", "Алексеев", "+79110000001", "Смирнов");
		assertThat(data).as("the JSON the admin API writes of the same export")
			.isEqualTo(this.json.readTree(this.json.writeValueAsString(
					this.personalData.export(school(), this.imported.guardian("Иванова Мария")).orElseThrow())));
	}

	@Test
	void sendsNothingWhenTheGuardianSaysNoAndTheQuestionWorksOnce() {
		SentMessage question = ask(IVANOVA, "/mydata");
		press(IVANOVA, question.messageId(), question.buttons().get(0).get(1).callbackData());
		awaitAnswers(1);

		assertThat(TELEGRAM.edits()).extracting(Edit::text).containsExactly("Хорошо, файл не отправлен.");
		press(IVANOVA, question.messageId(), question.buttons().get(0).get(0).callbackData());
		assertThat(awaitAnswers(2).get(1)).contains(EXPIRED);
		assertThat(TELEGRAM.sentDocuments(IVANOVA)).isEmpty();
	}

	@Test
	void answersAnEnglishSpeakingGuardianInEnglishWithTheirOwnData() {
		SentMessage question = ask(PETROVA, "/mydata");
		assertThat(question.text()).startsWith("Send you a file with everything ClassBell holds about you");
		assertThat(question.buttons().get(0)).extracting(Button::text).containsExactly("Yes, send it", "No, thanks");
		press(PETROVA, question.messageId(), question.buttons().get(0).get(0).callbackData());

		SentDocument file = awaitDocument(PETROVA);
		assertThat(file.caption()).isEqualTo("Everything ClassBell holds about you, as of November 25 (JSON).");
		assertThat(TELEGRAM.edits()).extracting(Edit::text).containsExactly("Sending the file with your data.");
		assertThat(this.json.readTree(file.text()).path("guardian").path("name").asString()).isEqualTo("Петрова Ирина");
		assertThat(file.text()).doesNotContain("Иванова Мария", "+79110000002");
	}

	@Test
	void refusesStrangersAndStaffWithoutAGuardianLink() {
		assertThat(ask(STRANGER, "/mydata").text()).startsWith("Сначала привяжите Telegram");
		assertThat(ask(SOKOLOVA, "/mydata").text()).isEqualTo("Эта команда — для родителей.");
		assertThat(TELEGRAM.calls("sendDocument")).isEmpty();
	}

	@Test
	void refusesButtonsThatAreForgedSomeoneElsesOrOutOfDate() {
		SentMessage question = ask(IVANOVA, "/mydata");
		String yes = question.buttons().get(0).get(0).callbackData();

		press(STRANGER, 1, yes);
		press(SOKOLOVA, 1, yes);
		press(PETROVA, 1, yes);
		press(IVANOVA, question.messageId(), yes.replaceFirst(":[0-9]+:", ":999999:"));
		press(IVANOVA, question.messageId(), "mydata:yes");
		assertThat(awaitAnswers(5)).as("Петрова reads English")
			.allSatisfy((answer) -> assertThat(answer).containsAnyOf(EXPIRED, "This button no longer works"));

		this.clock.advance(Duration.ofHours(25));
		press(IVANOVA, question.messageId(), yes);
		assertThat(awaitAnswers(6).get(5)).contains(EXPIRED);

		SentMessage again = ask(IVANOVA, "/mydata");
		ask(IVANOVA, "/stop");
		press(IVANOVA, TELEGRAM.lastSentMessage(IVANOVA).orElseThrow().messageId(),
				TELEGRAM.lastSentMessage(IVANOVA).orElseThrow().buttons().get(0).get(0).callbackData());
		await().atMost(WAIT).until(() -> count("select count(*) from chat_link where user_id = ?", IVANOVA) == 0);
		press(IVANOVA, again.messageId(), again.buttons().get(0).get(0).callbackData());
		assertThat(awaitAnswers(8).get(7)).as("pressed after unlinking").contains(EXPIRED);

		assertThat(TELEGRAM.calls("sendDocument")).isEmpty();
	}

	private SentDocument awaitDocument(long user) {
		await().atMost(WAIT).until(() -> !TELEGRAM.sentDocuments(user).isEmpty());
		return TELEGRAM.sentDocuments(user).get(0);
	}

	/**
	 * Waits until this many button presses were answered, and gives the answers' bodies.
	 */
	private List<String> awaitAnswers(int count) {
		await().atMost(WAIT).until(() -> TELEGRAM.calls("answerCallbackQuery").size() >= count);
		return TELEGRAM.calls("answerCallbackQuery").stream().map((call) -> call.body()).toList();
	}

}
