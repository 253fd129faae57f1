package org.classbell.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link FakeMaxApi} called with the JDK's HTTP client: the token check, MAX's marker
 * semantics and redelivery, what it records, and the failures it is asked for.
 */
class FakeMaxApiTest {

	static final String TOKEN = "fake-max-token";

	static final long PARENT = 5_000_001L;

	final FakeMaxApi api = new FakeMaxApi(TOKEN);

	final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void stop() {
		this.api.close();
	}

	@Test
	void refusesCallsWithoutTheToken() throws Exception {
		Call call = call("GET", "/me", null, "wrong");

		assertThat(call.status()).isEqualTo(401);
		assertThat(call.json().path("code").asText()).isEqualTo("verify.token");
		assertThat(call("GET", "/me", null, null).status()).isEqualTo(401);
		assertThat(this.api.requests()).extracting(MaxApiRequest::status).containsExactly(401, 401);
	}

	@Test
	void answersUpdatesAfterTheMarkerAndConfirmsThoseUpToIt() throws Exception {
		this.api.write(PARENT, "one");
		this.api.write(PARENT, "two");

		JsonNode first = call("GET", "/updates?timeout=0&limit=1&marker=0", null, TOKEN).json();
		assertThat(texts(first)).containsExactly("one");
		long marker = first.path("marker").asLong();
		assertThat(texts(call("GET", "/updates?timeout=0", null, TOKEN).json())).as("without a marker, the last")
			.containsExactly("two");
		JsonNode second = call("GET", "/updates?timeout=0&marker=" + marker, null, TOKEN).json();
		assertThat(texts(second)).containsExactly("two");
		assertThat(this.api.pendingUpdates()).isEqualTo(1);
		call("GET", "/updates?timeout=0&marker=" + second.path("marker").asLong(), null, TOKEN);
		assertThat(this.api.pendingUpdates()).isZero();
		assertThat(texts(call("GET", "/updates?timeout=0", null, TOKEN).json())).isEmpty();

		this.api.redeliverLast();
		assertThat(texts(call("GET", "/updates?timeout=0", null, TOKEN).json())).containsExactly("two");
	}

	@Test
	void usesDialogIdsThatDifferFromUserIds() throws Exception {
		this.api.write(PARENT, "hi", "ru-RU");

		JsonNode update = call("GET", "/updates?timeout=0", null, TOKEN).json().path("updates").get(0);

		assertThat(this.api.chatOf(PARENT)).isNotEqualTo(PARENT);
		assertThat(update.path("message").path("recipient").path("chat_id").asLong())
			.isEqualTo(this.api.chatOf(PARENT));
		assertThat(update.path("message").path("sender").path("user_id").asLong()).isEqualTo(PARENT);
		assertThat(update.path("user_locale").asText()).isEqualTo("ru-RU");
	}

	@Test
	void recordsMessagesAndAnswersPressesOfTheirButtons() throws Exception {
		long chat = this.api.chatOf(PARENT);
		String body = "{\"text\":\"Pick\",\"format\":\"html\",\"attachments\":[{\"type\":\"inline_keyboard\","
				+ "\"payload\":{\"buttons\":[[{\"type\":\"callback\",\"text\":\"A\",\"payload\":\"p:a\"}]]}}]}";

		Call sent = call("POST", "/messages?user_id=" + PARENT, body, TOKEN);
		String mid = sent.json().path("message").path("body").path("mid").asText();
		String callbackId = this.api.press(PARENT, mid, "p:a");
		Call answered = call("POST", "/answers?callback_id=" + callbackId, "{\"notification\":\"Saved\"}", TOKEN);

		assertThat(this.api.sentMessages(chat)).containsExactly(
				new SentMaxMessage(chat, mid, "Pick", "html", List.of(List.of(new MaxButton("A", "p:a"))), null));
		assertThat(answered.json().path("success").asBoolean()).isTrue();
		assertThat(this.api.answers()).containsExactly(new MaxApiAnswer(callbackId, "Saved"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.api.press(PARENT, "mid.nope", "p:a"));
		assertThat(call("PUT", "/messages?message_id=mid.nope", "{\"text\":\"x\"}", TOKEN).status()).isEqualTo(404);
	}

	@Test
	void failsOnRequest() throws Exception {
		long chat = this.api.chatOf(PARENT);
		this.api.block(chat);
		this.api.tooManyRequests("/me", 3);

		Call blocked = call("POST", "/messages?chat_id=" + chat, "{\"text\":\"hi\"}", TOKEN);
		HttpResponse<String> limited = send("GET", "/me", null, TOKEN);

		assertThat(blocked.status()).isEqualTo(403);
		assertThat(blocked.json().path("code").asText()).isEqualTo("chat.denied");
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).hasValue("3");
		assertThat(call("GET", "/me", null, TOKEN).status()).isEqualTo(200);
		assertThat(this.api.peakRequestsPerSecond()).isEqualTo(3);
	}

	@Test
	void holdsAPollUntilAnUpdateArrives() throws Exception {
		assertThatIllegalStateException().isThrownBy(this.api::redeliverLast);
		Thread writer = new Thread(() -> {
			try {
				if (this.api.awaitHeldPoll(Duration.ofSeconds(10))) {
					this.api.write(PARENT, "late");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		writer.start();

		long started = System.nanoTime();
		Call call = call("GET", "/updates?timeout=30", null, TOKEN);

		writer.join();
		assertThat(texts(call.json())).containsExactly("late");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
	}

	private static List<String> texts(JsonNode answer) {
		return answer.path("updates").findValues("text").stream().map(JsonNode::asText).toList();
	}

	private Call call(String method, String pathAndQuery, String body, String token) throws Exception {
		HttpResponse<String> response = send(method, pathAndQuery, body, token);
		return new Call(response.statusCode(), JsonHttpServer.JSON.readTree(response.body()));
	}

	private HttpResponse<String> send(String method, String pathAndQuery, String body, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.api.url() + pathAndQuery))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)
					: HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private record Call(int status, JsonNode json) {

	}

}
