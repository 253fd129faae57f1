package org.classbell.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The real TelegramBots client calling {@link FakeBotApi}: what it records of the calls,
 * sent messages, uploaded documents and edits, how it answers them, and the failures it
 * is asked for.
 */
class FakeBotApiTest {

	static final String TOKEN = "123456:TEST-token";

	static final long PARENT = 5_000_001L;

	final FakeBotApi api = new FakeBotApi(TOKEN);

	final OkHttpTelegramClient client = new OkHttpTelegramClient(TOKEN, telegramUrl(this.api));

	@AfterEach
	void stop() {
		this.api.close();
	}

	@Test
	void recordsTheMessagesTheClientSendsAndAnswersWithMessages() throws Exception {
		Message first = this.client.execute(SendMessage.builder()
			.chatId(PARENT)
			.text("<b>Marks</b> for the week?")
			.parseMode("HTML")
			.replyMarkup(InlineKeyboardMarkup.builder()
				.keyboardRow(new InlineKeyboardRow(button("Yes", "weekly:yes"), button("No", "weekly:no")))
				.keyboardRow(new InlineKeyboardRow(button("Later", "weekly:later")))
				.build())
			.build());
		Message second = this.client.execute(new SendMessage(Long.toString(PARENT), "Thank you"));
		Message elsewhere = this.client.execute(new SendMessage("42", "Hello"));

		assertThat(first.getMessageId()).isEqualTo(1);
		assertThat(first.getChatId()).isEqualTo(PARENT);
		assertThat(first.getText()).isEqualTo("<b>Marks</b> for the week?");
		assertThat(first.getDate()).isPositive();
		assertThat(first.getReplyMarkup().getKeyboard()).hasSize(2);
		assertThat(second.getMessageId()).isEqualTo(2);
		assertThat(elsewhere.getMessageId()).as("ids count per chat").isEqualTo(1);
		assertThat(this.api.sentMessages(PARENT)).containsExactly(
				new SentMessage(PARENT, 1, "<b>Marks</b> for the week?", "HTML",
						List.of(List.of(new Button("Yes", "weekly:yes"), new Button("No", "weekly:no")),
								List.of(new Button("Later", "weekly:later")))),
				new SentMessage(PARENT, 2, "Thank you", null, List.of()));
		assertThat(this.api.sentMessages()).hasSize(3);
		assertThat(this.api.lastSentMessage(PARENT)).map(SentMessage::text).contains("Thank you");
		assertThat(this.api.lastSentMessage(7)).isEmpty();
		assertThat(this.api.sentMessages(PARENT).get(0).callbackData()).containsExactly("weekly:yes", "weekly:no",
				"weekly:later");
		assertThat(this.api.calls("sendMessage")).hasSize(3)
			.allSatisfy((call) -> assertThat(call.status()).isEqualTo(200))
			.first()
			.satisfies((call) -> assertThat(call.json().path("chat_id").asLong()).isEqualTo(PARENT));
	}

	@Test
	void recordsEditsAndAnswersWithTheEditedMessage() throws Exception {
		this.client.execute(SendMessage.builder()
			.chatId(PARENT)
			.text("Choose")
			.replyMarkup(
					InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(button("A", "choice:a"))).build())
			.build());

		var edited = this.client.execute(EditMessageText.builder()
			.chatId(PARENT)
			.messageId(1)
			.text("Chosen: <i>A</i>")
			.parseMode("HTML")
			.replyMarkup(InlineKeyboardMarkup.builder()
				.keyboardRow(new InlineKeyboardRow(button("Undo", "choice:undo")))
				.build())
			.build());
		var unmarked = this.client.execute(EditMessageReplyMarkup.builder()
			.chatId(PARENT)
			.messageId(1)
			.replyMarkup(new InlineKeyboardMarkup(List.of()))
			.build());

		assertThat(edited).isInstanceOfSatisfying(Message.class, (message) -> {
			assertThat(message.getMessageId()).isEqualTo(1);
			assertThat(message.getText()).isEqualTo("Chosen: <i>A</i>");
		});
		assertThat(unmarked).isInstanceOfSatisfying(Message.class,
				(message) -> assertThat(message.getText()).as("the text it has").isEqualTo("Chosen: <i>A</i>"));
		assertThat(this.api.edits()).containsExactly(
				new Edit("editmessagetext", PARENT, 1, "Chosen: <i>A</i>", "HTML",
						List.of(List.of(new Button("Undo", "choice:undo")))),
				new Edit("editmessagereplymarkup", PARENT, 1, null, null, List.of()));
	}

	@Test
	void recordsUploadedDocumentsByteForByteAndAnswersWithTheMessage() throws Exception {
		byte[] content = new byte[512];
		for (int i = 0; i < content.length; i++) {
			content[i] = (byte) i;
		}
		byte[] json = "{\"имя\": \"Иванова\"}\r\n--not-a-boundary\r\n".getBytes(StandardCharsets.UTF_8);

		Message sent = this.client.execute(SendDocument.builder()
			.chatId(PARENT)
			.document(new InputFile(new ByteArrayInputStream(content), "bytes.bin"))
			.caption("<b>Всё</b> о вас")
			.parseMode("HTML")
			.build());
		this.client.execute(SendDocument.builder()
			.chatId(PARENT)
			.document(new InputFile(new ByteArrayInputStream(json), "classbell-mydata-2026-11-25.json"))
			.build());

		assertThat(sent.getMessageId()).isEqualTo(1);
		assertThat(sent.getCaption()).isEqualTo("<b>Всё</b> о вас");
		assertThat(sent.getDocument().getFileName()).isEqualTo("bytes.bin");
		assertThat(sent.getDocument().getFileSize()).isEqualTo(512L);
		assertThat(this.api.sentDocuments(PARENT)).containsExactly(
				new SentDocument(PARENT, 1, "bytes.bin", content, "<b>Всё</b> о вас", "HTML"),
				new SentDocument(PARENT, 2, "classbell-mydata-2026-11-25.json", json, null, null));
		assertThat(this.api.sentDocuments(PARENT).get(1).text()).startsWith("{\"имя\": \"Иванова\"}");
		assertThat(this.api.sentDocuments(42)).isEmpty();
		assertThat(this.api.sentMessages()).as("documents are not text messages").isEmpty();
	}

	@Test
	void refusesDocumentsThatAreNoUpload() {
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.client
				.execute(SendDocument.builder().chatId(PARENT).document(new InputFile("AgADBAAD-file-id")).build()))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(400));
		assertThat(this.api.sentDocuments(PARENT)).isEmpty();
	}

	@Test
	void answersGetMeWithTheUsernameAndOtherMethodsWithTrue() throws Exception {
		this.api.username("school1_bot");

		var me = this.client.execute(new GetMe());
		boolean answered = this.client
			.execute(AnswerCallbackQuery.builder().callbackQueryId("77").text("Saved").build());

		assertThat(me.getId()).isEqualTo(123456L);
		assertThat(me.getIsBot()).isTrue();
		assertThat(me.getUserName()).isEqualTo("school1_bot");
		assertThat(answered).isTrue();
		assertThat(this.api.calls()).extracting(BotApiCall::method).containsExactly("getme", "answercallbackquery");
		assertThat(this.api.calls("answerCallbackQuery").get(0).json().path("callback_query_id").asText())
			.isEqualTo("77");
	}

	@Test
	void refusesAndRecordsCallsWithAnotherToken() {
		var stranger = new OkHttpTelegramClient("999:wrong", telegramUrl(this.api));

		assertThatExceptionOfType(TelegramApiRequestException.class).isThrownBy(() -> stranger.execute(new GetMe()))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(401));
		assertThat(this.api.calls()).singleElement().satisfies((call) -> {
			assertThat(call.method()).isEqualTo("getme");
			assertThat(call.token()).isEqualTo("999:wrong");
			assertThat(call.status()).isEqualTo(401);
		});
	}

	@Test
	void failsTheNextCallsOfAMethodAsAskedThenAnswersNormally() throws Exception {
		this.api.failNext("SENDMESSAGE", 429, "Too Many Requests: retry after 7", 7)
			.failNext("sendMessage", 403, "Forbidden: bot was blocked by the user");

		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.client.execute(new SendMessage("1", "a")))
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo(429);
				assertThat(ex.getParameters().getRetryAfter()).isEqualTo(7);
				assertThat(ex.getApiResponse()).isEqualTo("Too Many Requests: retry after 7");
			});
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.client.execute(new SendMessage("1", "b")))
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo(403);
				assertThat(ex.getParameters()).isNull();
			});
		assertThat(this.client.execute(new SendMessage("1", "c")).getText()).isEqualTo("c");
		assertThat(this.api.sentMessages()).extracting(SentMessage::text).containsExactly("c");
		assertThat(this.api.calls()).extracting(BotApiCall::status).containsExactly(429, 403, 200);

		this.api.failNext("getMe", 2, 502, "Bad Gateway", 0);
		assertThatExceptionOfType(TelegramApiRequestException.class).isThrownBy(() -> this.client.execute(new GetMe()));
		assertThatExceptionOfType(TelegramApiRequestException.class).isThrownBy(() -> this.client.execute(new GetMe()));
		assertThat(this.client.execute(new GetMe()).getIsBot()).isTrue();
	}

	@Test
	void forgetsWhatItRecordedAndQueued() throws Exception {
		this.client.execute(new SendMessage("1", "a"));
		this.api.sendText(1, 1, "b");
		this.api.clearRecordings();
		assertThat(this.api.calls()).isEmpty();
		assertThat(this.api.sentMessages()).isEmpty();
		assertThat(this.api.pendingUpdates()).isEqualTo(1);

		this.api.reset();
		assertThat(this.api.pendingUpdates()).isZero();
		assertThat(this.api.sendText(1, 1, "c")).as("ids keep increasing").isEqualTo(2);
	}

	private static InlineKeyboardButton button(String text, String callbackData) {
		return InlineKeyboardButton.builder().text(text).callbackData(callbackData).build();
	}

	private static TelegramUrl telegramUrl(FakeBotApi api) {
		return new TelegramUrl("http", "127.0.0.1", api.port(), false);
	}

}
