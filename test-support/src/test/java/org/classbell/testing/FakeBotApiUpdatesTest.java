package org.classbell.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The updates {@link FakeBotApi} delivers: to the real long polling application, with
 * Telegram's offsets, limits and held polls, again after a crash, and as a webhook's
 * JSON.
 */
class FakeBotApiUpdatesTest {

	static final String TOKEN = "123456:TEST-token";

	static final long PARENT = 5_000_001L;

	static final Duration WAIT = Duration.ofSeconds(10);

	final FakeBotApi api = new FakeBotApi(TOKEN);

	final List<ScheduledExecutorService> pollingThreads = new ArrayList<>();

	final List<TelegramBotsLongPollingApplication> applications = new ArrayList<>();

	final HttpClient http = HttpClient.newHttpClient();

	final ObjectMapper json = new ObjectMapper();

	@AfterEach
	void stop() throws Exception {
		// Let the polls under way end (the server answers within its maximum hold)
		// rather than interrupt them, which the application would log as errors.
		for (ScheduledExecutorService executor : this.pollingThreads) {
			executor.shutdown();
			assertThat(executor.awaitTermination(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
		}
		for (TelegramBotsLongPollingApplication application : this.applications) {
			application.close();
		}
		this.api.close();
	}

	@Test
	void deliversTextAndCallbackUpdatesToTheLongPollingApplication() throws Exception {
		List<Update> received = new CopyOnWriteArrayList<>();
		int text = this.api.sendText(PARENT, PARENT, "/start ABCD1234", "Мария", "ru");
		int press = this.api.pressButton(PARENT, PARENT, 7, "weekly:yes");

		poll(received);

		await().atMost(WAIT).until(() -> received.size() == 2);
		assertThat(received).extracting(Update::getUpdateId).containsExactly(text, press);
		Message message = received.get(0).getMessage();
		assertThat(message.getText()).isEqualTo("/start ABCD1234");
		assertThat(message.getEntities()).singleElement().satisfies((entity) -> {
			assertThat(entity.getType()).isEqualTo("bot_command");
			assertThat(entity.getText()).isEqualTo("/start");
		});
		// TelegramBots fills in the entities' text in getEntities(), which isCommand()
		// needs.
		assertThat(message.isCommand()).isTrue();
		assertThat(message.getFrom().getFirstName()).isEqualTo("Мария");
		assertThat(message.getFrom().getLanguageCode()).isEqualTo("ru");
		assertThat(message.getChat().isUserChat()).isTrue();
		var query = received.get(1).getCallbackQuery();
		assertThat(query.getData()).isEqualTo("weekly:yes");
		assertThat(query.getFrom().getId()).isEqualTo(PARENT);
		assertThat(query.getFrom().getFirstName()).as("the name the user had").isEqualTo("Мария");
		assertThat(query.getMessage().getMessageId()).isEqualTo(7);
		assertThat(query.getMessage().getChatId()).isEqualTo(PARENT);
		await("confirmed by the next poll").atMost(WAIT).until(() -> this.api.pendingUpdates() == 0);
		assertThat(this.api.calls("deleteWebhook")).hasSize(1);

		int later = this.api.sendText(PARENT, PARENT, "Hello");
		await().atMost(WAIT).until(() -> received.size() == 3);
		assertThat(received.get(2).getUpdateId()).isEqualTo(later);
	}

	@Test
	void redeliversAnUpdateToAClientThatStartsAgain() throws Exception {
		List<Update> beforeCrash = new CopyOnWriteArrayList<>();
		int update = this.api.sendText(PARENT, PARENT, "/stop");
		ScheduledExecutorService executor = poll(beforeCrash);
		await().atMost(WAIT).until(() -> beforeCrash.size() == 1);
		await().atMost(WAIT).until(() -> this.api.pendingUpdates() == 0);
		// Let the poll under way finish, so that no poll of this client comes later.
		executor.shutdown();
		assertThat(executor.awaitTermination(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

		this.api.redeliver(update);
		assertThat(this.api.pendingUpdates()).isEqualTo(1);
		List<Update> afterRestart = new CopyOnWriteArrayList<>();
		poll(afterRestart);

		await().atMost(WAIT).until(() -> afterRestart.size() == 1);
		assertThat(afterRestart.get(0).getUpdateId()).isEqualTo(update);
		assertThat(afterRestart.get(0).getMessage().getText()).isEqualTo("/stop");
		assertThat(afterRestart.get(0).getMessage().getMessageId())
			.isEqualTo(beforeCrash.get(0).getMessage().getMessageId());
	}

	@Test
	void confirmsUpdatesBelowTheOffsetAndAnswersUpToTheLimit() throws Exception {
		int first = this.api.sendText(1, 1, "one");
		int second = this.api.sendText(1, 1, "two");
		int third = this.api.pressButton(1, 1, 1, "three");

		assertThat(updateIds(getUpdates("{\"offset\":0,\"limit\":2}"))).containsExactly(first, second);
		assertThat(updateIds(getUpdates("{\"offset\":0}"))).as("not confirmed yet")
			.containsExactly(first, second, third);
		assertThat(updateIds(getUpdates("{\"offset\":" + second + "}"))).containsExactly(second, third);
		assertThat(this.api.pendingUpdates()).isEqualTo(2);
		assertThat(updateIds(getUpdates("{\"offset\":" + (third + 1) + ",\"timeout\":0}"))).isEmpty();
		assertThat(this.api.pendingUpdates()).isZero();
		assertThat(this.api.calls("getUpdates")).hasSize(4);
	}

	@Test
	void holdsAPollUntilAnUpdateComes() throws Exception {
		this.api.maxHold(Duration.ofMinutes(1));
		CompletableFuture<HttpResponse<String>> poll = getUpdatesAsync("{\"offset\":1,\"timeout\":50}");
		await().atMost(WAIT).until(() -> this.api.heldPolls() == 1);
		assertThat(poll).isNotDone();

		int update = this.api.sendText(3, 3, "hi");

		await().atMost(WAIT).until(poll::isDone);
		assertThat(updateIds(this.json.readTree(poll.get().body()))).containsExactly(update);
	}

	@Test
	void answersAnEmptyPollAfterTheMaximumHold() throws Exception {
		this.api.maxHold(Duration.ofMillis(50));

		JsonNode answer = getUpdates("{\"offset\":1,\"timeout\":50}");

		assertThat(answer.path("ok").asBoolean()).isTrue();
		assertThat(answer.path("result").isArray()).isTrue();
		assertThat(answer.path("result")).isEmpty();
	}

	@Test
	void closesWithoutWaitingForHeldPolls() {
		this.api.maxHold(Duration.ofMinutes(1));
		CompletableFuture<HttpResponse<String>> poll = getUpdatesAsync("{\"offset\":1,\"timeout\":50}");
		await().atMost(WAIT).until(() -> this.api.heldPolls() == 1);

		assertTimeoutPreemptively(Duration.ofSeconds(5), this.api::close);
		await().atMost(WAIT).until(poll::isDone);
	}

	@Test
	void refusesToPollWhileAWebhookIsSetAndKeepsItsSecret() throws Exception {
		post("setWebhook", "{\"url\":\"https://school.example/telegram\",\"secret_token\":\"s3cret\"}");

		assertThat(this.api.webhook()).contains(new Webhook("https://school.example/telegram", "s3cret"));
		assertThat(getUpdates("{}").path("error_code").asInt()).isEqualTo(409);

		post("deleteWebhook", "{}");
		assertThat(this.api.webhook()).isEmpty();
		assertThat(getUpdates("{}").path("ok").asBoolean()).isTrue();
	}

	@Test
	void givesTheJsonOfAnUpdateForAWebhook() throws Exception {
		int update = this.api.sendText(PARENT, PARENT, "/start X", "Ivan", null);

		JsonNode json = this.json.readTree(this.api.updateJson(update));

		assertThat(json.path("update_id").asInt()).isEqualTo(update);
		assertThat(json.at("/message/from/first_name").asText()).isEqualTo("Ivan");
		assertThat(json.at("/message/from/is_bot").asBoolean(true)).isFalse();
		assertThat(json.at("/message/from").has("language_code")).isFalse();
		assertThat(json.at("/message/chat/type").asText()).isEqualTo("private");
		assertThat(json.at("/message/entities/0/length").asInt()).isEqualTo("/start".length());
		assertThat(this.json.readValue(this.api.updateJson(update), Update.class).getMessage().getText())
			.isEqualTo("/start X");
	}

	private ScheduledExecutorService poll(List<Update> received) throws Exception {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
		var application = new TelegramBotsLongPollingApplication(ObjectMapper::new,
				new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(), () -> executor);
		this.pollingThreads.add(executor);
		this.applications.add(application);
		TelegramUrl url = telegramUrl(this.api);
		application.registerBot(TOKEN, () -> url, new DefaultGetUpdatesGenerator(), received::addAll);
		return executor;
	}

	private JsonNode getUpdates(String body) throws IOException, InterruptedException {
		return post("getUpdates", body);
	}

	private CompletableFuture<HttpResponse<String>> getUpdatesAsync(String body) {
		return this.http.sendAsync(request("getupdates", body), HttpResponse.BodyHandlers.ofString());
	}

	private JsonNode post(String method, String body) throws IOException, InterruptedException {
		return this.json.readTree(this.http.send(request(method, body), HttpResponse.BodyHandlers.ofString()).body());
	}

	private HttpRequest request(String method, String body) {
		return HttpRequest.newBuilder(URI.create(this.api.url() + "/bot" + TOKEN + "/" + method))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static List<Integer> updateIds(JsonNode answer) {
		List<Integer> ids = new ArrayList<>();
		answer.path("result").forEach((update) -> ids.add(update.path("update_id").asInt()));
		return ids;
	}

	private static TelegramUrl telegramUrl(FakeBotApi api) {
		return new TelegramUrl("http", "127.0.0.1", api.port(), false);
	}

}
