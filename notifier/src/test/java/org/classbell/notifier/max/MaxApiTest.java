package org.classbell.notifier.max;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.classbell.notifier.max.MaxApi.Button;
import org.classbell.notifier.max.MaxApi.NewMessage;
import org.classbell.notifier.max.MaxApi.Update;
import org.classbell.notifier.max.MaxApi.Updates;
import org.classbell.testing.FakeMaxApi;
import org.classbell.testing.MaxApiEdit;
import org.classbell.testing.MaxApiRequest;
import org.classbell.testing.MaxApiSubscription;
import org.classbell.testing.MaxButton;
import org.classbell.testing.MaxFile;
import org.classbell.testing.SentMaxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link MaxApi} against {@link FakeMaxApi}: each method's round trip over the wire, and
 * MAX's failures as {@link MaxApiException}s that never show the token.
 */
class MaxApiTest {

	static final String TOKEN = "max-secret-token-0123456789";

	static final long PARENT = 5_000_001L;

	static final Duration NO_WAIT = Duration.ZERO;

	final FakeMaxApi fake = new FakeMaxApi(TOKEN).username("school_max_bot");

	final MaxApi api = new MaxApi(this.fake.url(), TOKEN);

	@AfterEach
	void stop() {
		this.fake.close();
	}

	@Test
	void asksWhoTheBotIsWithTheTokenInTheHeaderOnly() throws Exception {
		MaxApi.BotInfo me = this.api.me();

		assertThat(me.userId()).isEqualTo(this.fake.botUserId());
		assertThat(me.username()).isEqualTo("school_max_bot");
		assertThat(me.name()).isEqualTo("ClassBell");
		assertThat(this.fake.requests()).extracting(MaxApiRequest::path, MaxApiRequest::query)
			.containsExactly(tuple("/me", null));
	}

	@Test
	void readsMessagesPressesAndStartsAndConfirmsThemWithTheMarker() throws Exception {
		this.fake.name(PARENT, "Anna", "Petrova");
		String mid = this.api.send(this.fake.chatOf(PARENT),
				new NewMessage("Absent today?", List.of(List.of(new Button("Yes", "abs:yes"))), null));
		String written = this.fake.write(PARENT, "/start", "ru-RU");
		String callbackId = this.fake.press(PARENT, mid, "abs:yes");
		this.fake.start(PARENT, "invite-42");

		Updates first = this.api.updates(0L, 100, NO_WAIT, List.of());

		assertThat(first.updates()).extracting(Update::type)
			.containsExactly("message_created", "message_callback", "bot_started");
		Update message = first.updates().get(0);
		assertThat(message.message().body().mid()).isEqualTo(written);
		assertThat(message.message().body().text()).isEqualTo("/start");
		assertThat(message.message().sender().userId()).isEqualTo(PARENT);
		assertThat(message.message().sender().name()).isEqualTo("Anna Petrova");
		assertThat(message.message().recipient().chatId()).isEqualTo(this.fake.chatOf(PARENT));
		assertThat(message.message().recipient().chatType()).isEqualTo("dialog");
		assertThat(message.userLocale()).isEqualTo("ru-RU");
		Update press = first.updates().get(1);
		assertThat(press.callback().callbackId()).isEqualTo(callbackId);
		assertThat(press.callback().payload()).isEqualTo("abs:yes");
		assertThat(press.callback().user().userId()).isEqualTo(PARENT);
		assertThat(press.message().body().mid()).isEqualTo(mid);
		Update start = first.updates().get(2);
		assertThat(start.chatId()).isEqualTo(this.fake.chatOf(PARENT));
		assertThat(start.user().userId()).isEqualTo(PARENT);
		assertThat(start.payload()).isEqualTo("invite-42");

		assertThat(this.api.updates(null, 100, NO_WAIT, List.of()).updates()).as("without a marker, the last")
			.extracting(Update::type)
			.containsExactly("bot_started");
		Updates after = this.api.updates(first.marker(), 100, NO_WAIT, List.of());
		assertThat(after.updates()).isEmpty();
		assertThat(this.api.updates(null, 100, NO_WAIT, List.of()).updates()).isEmpty();
		assertThat(this.fake.requests()).filteredOn((request) -> request.path().equals("/updates"))
			.extracting(MaxApiRequest::query)
			.contains("limit=100&timeout=0&marker=0", "limit=100&timeout=0",
					"limit=100&timeout=0&marker=" + first.marker());
	}

	@Test
	void longPollsUntilAnUpdateArrivesAndFiltersByType() throws Exception {
		this.fake.groupMessage(PARENT, "hello all");
		this.fake.start(PARENT, null);
		Thread writer = new Thread(() -> {
			try {
				if (this.fake.awaitHeldPoll(Duration.ofSeconds(10))) {
					this.fake.write(PARENT, "later");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		writer.start();

		Updates first = this.api.updates(0L, 10, Duration.ofSeconds(20), List.of("message_created"));
		Updates second = this.api.updates(first.marker(), 10, Duration.ofSeconds(20), List.of("message_created"));

		writer.join();
		assertThat(first.updates()).singleElement().satisfies((update) -> {
			assertThat(update.message().body().text()).isEqualTo("hello all");
			assertThat(update.message().recipient().chatType()).isEqualTo("chat");
			assertThat(update.message().recipient().chatId()).isEqualTo(this.fake.groupChatId());
		});
		assertThat(second.updates()).extracting((update) -> update.message().body().text()).containsExactly("later");
		assertThat(this.fake.requests()).last()
			.extracting(MaxApiRequest::query)
			.isEqualTo("limit=10&timeout=20&marker=" + first.marker() + "&types=message_created");
	}

	@Test
	void sendsHtmlWithButtonsAndNoLinkPreviewToTheChat() throws Exception {
		long chat = this.fake.chatOf(PARENT);

		String mid = this.api.send(chat,
				new NewMessage("<b>Marks</b>", List.of(List.of(new Button("Yes", "w:yes"), new Button("No", "w:no")),
						List.of(new Button("Later", "w:l"))), null));

		assertThat(this.fake.sentMessages(chat)).containsExactly(new SentMaxMessage(chat, mid, "<b>Marks</b>", "html",
				List.of(List.of(new MaxButton("Yes", "w:yes"), new MaxButton("No", "w:no")),
						List.of(new MaxButton("Later", "w:l"))),
				null));
		assertThat(this.fake.requests()).last()
			.extracting(MaxApiRequest::query)
			.isEqualTo("chat_id=" + chat + "&disable_link_preview=true");
		assertThat(this.fake.requests().get(0).body())
			.isEqualTo("{\"text\":\"<b>Marks</b>\",\"format\":\"html\",\"attachments\":[{\"type\":\"inline_keyboard\","
					+ "\"payload\":{\"buttons\":[[{\"type\":\"callback\",\"text\":\"Yes\",\"payload\":\"w:yes\"},"
					+ "{\"type\":\"callback\",\"text\":\"No\",\"payload\":\"w:no\"}],"
					+ "[{\"type\":\"callback\",\"text\":\"Later\",\"payload\":\"w:l\"}]]}}]}");
		this.api.send(chat, NewMessage.text("Thanks"));
		assertThat(this.fake.requests().get(1).body()).isEqualTo("{\"text\":\"Thanks\",\"format\":\"html\"}");
	}

	@Test
	void uploadsAFileAndSendsItAttached() throws Exception {
		long chat = this.fake.chatOf(PARENT);
		byte[] content = "date;mark\n2025-09-01;5\n".getBytes(StandardCharsets.UTF_8);

		String token = this.api.upload("отчёт.csv", content);
		this.api.send(chat, new NewMessage("Your report", List.of(), token));

		assertThat(this.fake.lastSentMessage(chat)).get()
			.extracting(SentMaxMessage::file)
			.isEqualTo(new MaxFile("отчёт.csv", content));
		assertThat(this.fake.requests()).filteredOn((request) -> request.path().equals("/uploads"))
			.extracting(MaxApiRequest::query)
			.containsExactly("type=file");
	}

	@Test
	void editsAMessageAndDropsItsKeyboardWhenTheEditHasNone() throws Exception {
		String mid = this.api.send(this.fake.chatOf(PARENT),
				new NewMessage("Pick", List.of(List.of(new Button("A", "p:a"))), null));

		this.api.edit(mid, new NewMessage("Pick again", List.of(List.of(new Button("B", "p:b"))), null));
		this.api.edit(mid, NewMessage.text("Picked B"));

		assertThat(this.fake.edits()).containsExactly(
				new MaxApiEdit(mid, "Pick again", List.of(List.of(new MaxButton("B", "p:b")))),
				new MaxApiEdit(mid, "Picked B", List.of()));
		assertThat(this.fake.requests()).last().extracting(MaxApiRequest::query).isEqualTo("message_id=" + mid);
	}

	@Test
	void answersAPressWithOrWithoutANotification() throws Exception {
		String mid = this.api.send(this.fake.chatOf(PARENT),
				new NewMessage("Pick", List.of(List.of(new Button("A", "p:a"))), null));
		String first = this.fake.press(PARENT, mid, "p:a");
		String second = this.fake.press(PARENT, mid, "p:a");

		this.api.answer(first, "Saved");
		this.api.answer(second, null);

		assertThat(this.fake.answers()).extracting((answer) -> answer.callbackId() + "=" + answer.notification())
			.containsExactly(first + "=Saved", second + "=null");
		assertThat(this.fake.requests()).last().extracting(MaxApiRequest::body).isEqualTo("{}");
	}

	@Test
	void subscribesAndUnsubscribesAWebhook() throws Exception {
		URI webhook = URI.create("https://school.example/webhooks/max");

		this.api.subscribe(webhook, List.of("message_created", "message_callback", "bot_started"), "s3cret_value");

		assertThat(this.fake.subscriptions()).containsExactly(new MaxApiSubscription(webhook.toString(),
				List.of("message_created", "message_callback", "bot_started"), "s3cret_value"));
		this.api.unsubscribe(webhook);
		assertThat(this.fake.subscriptions()).isEmpty();
		assertThat(this.fake.requests()).last()
			.extracting(MaxApiRequest::query)
			.isEqualTo("url=https%3A%2F%2Fschool.example%2Fwebhooks%2Fmax");
	}

	@Test
	void readsAWebhookBodyAndRefusesWhatIsNotAnUpdate() {
		this.fake.start(PARENT, null);

		Update update = MaxApi.update(this.fake.lastUpdateJson().getBytes(StandardCharsets.UTF_8));

		assertThat(update.type()).isEqualTo("bot_started");
		assertThat(update.payload()).isNull();
		assertThat(update.chatId()).isEqualTo(this.fake.chatOf(PARENT));
		assertThatIllegalArgumentException().isThrownBy(() -> MaxApi.update("{\"a\":1}".getBytes()));
		assertThatIllegalArgumentException().isThrownBy(() -> MaxApi.update("not json".getBytes()));
		assertThatIllegalArgumentException().isThrownBy(() -> MaxApi.update("[1]".getBytes()));
	}

	@Test
	void aWrongTokenIsA401ThatDoesNotShowEitherToken() {
		MaxApi wrong = new MaxApi(this.fake.url(), "wrong-token-987654321");

		assertThatExceptionOfType(MaxApiException.class).isThrownBy(wrong::me).satisfies((ex) -> {
			assertThat(ex.status()).isEqualTo(401);
			assertThat(ex.code()).isEqualTo("verify.token");
			assertThat(ex.getMessage()).contains("401").doesNotContain("wrong-token-987654321").doesNotContain(TOKEN);
		});
	}

	@Test
	void aBlockedChatIsA403ChatDenied() {
		long chat = this.fake.chatOf(PARENT);
		this.fake.block(chat);

		assertThatExceptionOfType(MaxApiException.class).isThrownBy(() -> this.api.send(chat, NewMessage.text("Hello")))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(403);
				assertThat(ex.code()).isEqualTo("chat.denied");
				assertThat(ex.retryAfter()).isNull();
				assertThat(ex.getMessage()).doesNotContain(TOKEN);
			});
		assertThat(this.fake.sentMessages()).isEmpty();
	}

	@Test
	void tooManyRequestsCarriesRetryAfter() {
		this.fake.tooManyRequests(7);

		assertThatExceptionOfType(MaxApiException.class)
			.isThrownBy(() -> this.api.send(this.fake.chatOf(PARENT), NewMessage.text("Hello")))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(429);
				assertThat(ex.code()).isEqualTo("too.many.requests");
				assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(7));
				assertThat(ex.getMessage()).doesNotContain(TOKEN);
			});
	}

	@Test
	void serviceUnavailableAndUnknownMessagesAreErrors() throws Exception {
		this.fake.failNext(503, "service.unavailable", "Service unavailable");

		assertThatExceptionOfType(MaxApiException.class).isThrownBy(this.api::me)
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(503));
		assertThat(this.api.me().username()).isEqualTo("school_max_bot");
		assertThatExceptionOfType(MaxApiException.class)
			.isThrownBy(() -> this.api.edit("mid.unknown", NewMessage.text("x")))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(404));
	}

	@Test
	void anUnreachableServerIsStatusZero() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		MaxApi nowhere = new MaxApi(URI.create("http://127.0.0.1:" + port), TOKEN);

		assertThatExceptionOfType(MaxApiException.class).isThrownBy(nowhere::me).satisfies((ex) -> {
			assertThat(ex.status()).isZero();
			assertThat(ex.code()).isNull();
			assertThat(ex.getMessage()).contains("could not be reached").doesNotContain(TOKEN);
		});
	}

	@Test
	void refusesTextsLongerThanMaxTakes() {
		assertThatIllegalArgumentException().isThrownBy(() -> NewMessage.text("x".repeat(4001)));
		assertThat(NewMessage.text("x".repeat(4000)).html()).hasSize(4000);
	}

}
