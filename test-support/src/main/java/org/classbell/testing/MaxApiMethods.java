package org.classbell.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import static org.classbell.testing.JsonHttpServer.JSON;
import static org.classbell.testing.Locks.locked;

/**
 * How a {@link FakeMaxApi} answers the MAX Bot API: the token in {@code Authorization}
 * first, then the failures a test asked for, then {@code /me}, {@code /updates},
 * {@code /messages} (send and edit), {@code /answers}, {@code /uploads} with the upload
 * URL it hands out, and {@code /subscriptions}. Guarded by the server's lock, except the
 * wait of {@code GET /updates}.
 */
final class MaxApiMethods {

	private final ReentrantLock lock;

	private final String token;

	private final MaxApiChats chats;

	private final MaxApiUpdates updates;

	private final MaxApiRecordings recordings;

	private final Deque<Failure> failures = new ArrayDeque<>();

	private final MaxApiUploads uploads = new MaxApiUploads();

	MaxApiMethods(ReentrantLock lock, String token, MaxApiChats chats, MaxApiUpdates updates,
			MaxApiRecordings recordings) {
		this.lock = lock;
		this.token = token;
		this.chats = chats;
		this.updates = updates;
		this.recordings = recordings;
	}

	/**
	 * Fails the next call of the path (of any path when {@code null}) with an error.
	 */
	void failNext(String path, int status, String code, String message, Integer retryAfter) {
		if (status < 400 || status > 599) {
			throw new IllegalArgumentException("The status is an HTTP error status: " + status);
		}
		Failure failure = new Failure(path, status, code, message, retryAfter);
		locked(this.lock, () -> {
			this.failures.add(failure);
		});
	}

	/**
	 * Answers a request, records it, and closes the exchange.
	 */
	void handle(HttpExchange exchange, String baseUrl) {
		try {
			String method = exchange.getRequestMethod();
			String path = exchange.getRequestURI().getPath();
			String query = exchange.getRequestURI().getRawQuery();
			byte[] raw = exchange.getRequestBody().readAllBytes();
			Instant at = Instant.now();
			Reply reply;
			try {
				reply = answer(exchange, method, path, raw, baseUrl);
			}
			catch (RuntimeException ex) {
				reply = error(500, "internal.error", "Internal error: " + ex);
			}
			this.recordings.request(new MaxApiRequest(method, path, query, new String(raw, StandardCharsets.UTF_8),
					reply.status(), at));
			if (reply.retryAfter() != null) {
				exchange.getResponseHeaders().set("Retry-After", reply.retryAfter().toString());
			}
			JsonHttpServer.respond(exchange, reply.status(), reply.body(), "application/json; charset=utf-8");
		}
		catch (IOException ex) {
			// The client went away, or the server is closing.
		}
		finally {
			exchange.close();
		}
	}

	private Reply answer(HttpExchange exchange, String method, String path, byte[] raw, String baseUrl) {
		if (path.startsWith(MaxApiUploads.PATH)) {
			// the upload URL stands for itself, as MAX's upload servers do: no token
			return locked(this.lock, () -> upload(exchange, path, raw));
		}
		if (!this.token.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			return error(401, "verify.token", "Invalid access_token");
		}
		Map<String, String> query = new HashMap<>();
		JsonHttpServer.decodeForm(exchange.getRequestURI().getRawQuery(), query::put);
		Failure failure = locked(this.lock, () -> nextFailure(path));
		if (failure != null) {
			return new Reply(failure.status(), errorBody(failure.code(), failure.message()), failure.retryAfter());
		}
		if ("GET".equals(method) && "/updates".equals(path)) {
			// waits without the lock held: the condition releases it
			return getUpdates(query);
		}
		JsonNode body = json(raw);
		return locked(this.lock, () -> switch (method + " " + path) {
			case "GET /me" -> ok(this.chats.botInfo());
			case "POST /messages" -> send(query, body);
			case "PUT /messages" -> edit(query, body);
			case "POST /answers" -> answerCallback(query, body);
			case "POST /uploads" -> uploadUrl(query, baseUrl);
			case "GET /subscriptions" -> subscriptions();
			case "POST /subscriptions" -> subscribe(body);
			case "DELETE /subscriptions" -> unsubscribe(query);
			default -> error(404, "not.found", "Path " + path + " not found");
		});
	}

	private Failure nextFailure(String path) {
		for (Iterator<Failure> pending = this.failures.iterator(); pending.hasNext();) {
			Failure failure = pending.next();
			if (failure.path() == null || failure.path().equals(path)) {
				pending.remove();
				return failure;
			}
		}
		return null;
	}

	private Reply getUpdates(Map<String, String> query) {
		int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
		long timeout = Long.parseLong(query.getOrDefault("timeout", "30"));
		if (limit < 1 || limit > MaxApiUpdates.MAX_LIMIT || timeout < 0
				|| timeout > MaxApiUpdates.MAX_TIMEOUT_SECONDS) {
			return error(400, "proto.payload", "limit must be 1 to 1000 and timeout 0 to 90");
		}
		String marker = query.get("marker");
		Set<String> types = new LinkedHashSet<>();
		for (String type : query.getOrDefault("types", "").split(",")) {
			if (!type.isBlank()) {
				types.add(type.trim());
			}
		}
		return ok(this.updates.poll(
				(marker == null || marker.isEmpty() || "null".equals(marker)) ? null : Long.valueOf(marker), limit,
				timeout, types));
	}

	private Reply send(Map<String, String> query, JsonNode body) {
		Long chatId = number(query.get("chat_id"));
		Long userId = number(query.get("user_id"));
		if (chatId == null && userId == null) {
			return error(400, "proto.payload", "chat_id or user_id is required");
		}
		long chat = (chatId != null) ? chatId : MaxApiChats.chatOf(userId);
		if (this.chats.blocked(chat)) {
			return error(403, "chat.denied", "chat.denied: dialog is blocked by the user");
		}
		Reply refused = refusedText(body);
		if (refused != null) {
			return refused;
		}
		JsonNode attachments = body.path("attachments");
		MaxFile file = null;
		for (JsonNode attachment : attachments) {
			if ("file".equals(attachment.path("type").asText())) {
				file = this.uploads.file(attachment.path("payload").path("token").asText());
				if (file == null) {
					return error(400, "attachment.not.ready", "Unknown file token");
				}
			}
		}
		String text = text(body, "text");
		ArrayNode kept = attachments.isArray() ? ((ArrayNode) attachments).deepCopy() : JSON.createArrayNode();
		ObjectNode message = this.chats.botMessage(chat, text, kept);
		String mid = message.path("body").path("mid").asText();
		this.recordings
			.sent(new SentMaxMessage(chat, mid, text, text(body, "format"), MaxApiChats.buttons(attachments), file));
		ObjectNode answer = JSON.createObjectNode();
		answer.set("message", message);
		return ok(answer);
	}

	private Reply edit(Map<String, String> query, JsonNode body) {
		String mid = query.get("message_id");
		if (mid == null || !this.chats.knows(mid)) {
			return error(404, "not.found", "Message " + mid + " not found");
		}
		Reply refused = refusedText(body);
		if (refused != null) {
			return refused;
		}
		applyEdit(mid, body);
		return success();
	}

	private Reply answerCallback(Map<String, String> query, JsonNode body) {
		String callbackId = query.get("callback_id");
		String mid = (callbackId != null) ? this.chats.callbackMessage(callbackId) : null;
		if (mid == null) {
			return error(404, "not.found", "Callback " + callbackId + " not found");
		}
		JsonNode message = body.get("message");
		if (message != null && message.isObject()) {
			Reply refused = refusedText(message);
			if (refused != null) {
				return refused;
			}
			applyEdit(mid, message);
		}
		this.recordings.answer(new MaxApiAnswer(callbackId, text(body, "notification")));
		return success();
	}

	private void applyEdit(String mid, JsonNode body) {
		JsonNode attachments = body.get("attachments");
		ArrayNode replaced = (attachments != null && attachments.isArray()) ? ((ArrayNode) attachments).deepCopy()
				: null;
		String text = text(body, "text");
		this.recordings.edit(new MaxApiEdit(mid, text, this.chats.edit(mid, text, replaced)));
	}

	private Reply uploadUrl(Map<String, String> query, String baseUrl) {
		if (!MaxApiUploads.TYPES.contains(query.getOrDefault("type", ""))) {
			return error(400, "proto.payload", "type must be one of image, video, audio, file");
		}
		ObjectNode answer = JSON.createObjectNode();
		answer.put("url", this.uploads.url(baseUrl));
		return ok(answer);
	}

	private Reply upload(HttpExchange exchange, String path, byte[] raw) {
		String contentType = Objects.toString(exchange.getRequestHeaders().getFirst("Content-Type"), "");
		for (MultipartBody.Part part : MultipartBody.parse(contentType, raw)) {
			if ("data".equals(part.name()) && part.isFile()) {
				String token = this.uploads.take(path, new MaxFile(part.fileName(), part.content()));
				if (token == null) {
					return error(404, "not.found", "No upload at " + path);
				}
				ObjectNode answer = JSON.createObjectNode();
				answer.put("token", token);
				return ok(answer);
			}
		}
		return error(400, "proto.payload", "A multipart body with a file in the field data is needed");
	}

	private Reply subscriptions() {
		ObjectNode answer = JSON.createObjectNode();
		ArrayNode list = answer.putArray("subscriptions");
		for (MaxApiSubscription subscription : this.recordings.subscriptions()) {
			ObjectNode item = list.addObject();
			item.put("url", subscription.url());
			item.put("time", MaxApiChats.now());
			ArrayNode types = item.putArray("update_types");
			subscription.types().forEach(types::add);
		}
		return ok(answer);
	}

	private Reply subscribe(JsonNode body) {
		String url = text(body, "url");
		if (url == null || !url.matches("https?://.+")) {
			return error(400, "proto.payload", "url must start with http(s)://");
		}
		List<String> types = new ArrayList<>();
		body.path("update_types").forEach((type) -> types.add(type.asText()));
		this.recordings.subscribe(new MaxApiSubscription(url, List.copyOf(types), text(body, "secret")));
		return success();
	}

	private Reply unsubscribe(Map<String, String> query) {
		String url = query.get("url");
		if (url == null) {
			return error(400, "proto.payload", "url is required");
		}
		this.recordings.unsubscribe(url);
		return success();
	}

	/**
	 * Refuses a text of more than 4,000 characters as a reader sees them: HTML tags count
	 * nothing, an entity such as {@code &lt;} one.
	 */
	private static Reply refusedText(JsonNode body) {
		String text = text(body, "text");
		if (text != null && text.replaceAll("<[^>]*>", "").replaceAll("&[#a-zA-Z0-9]+;", "x").length() > 4000) {
			return error(400, "proto.payload", "text: size must be between 0 and 4000");
		}
		return null;
	}

	private static JsonNode json(byte[] raw) {
		if (raw.length == 0) {
			return JSON.createObjectNode();
		}
		try {
			JsonNode json = JSON.readTree(raw);
			return (json != null && json.isObject()) ? json : JSON.createObjectNode();
		}
		catch (IOException ex) {
			return JSON.createObjectNode();
		}
	}

	private static String text(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value == null || value.isNull()) ? null : value.asText();
	}

	private static Long number(String text) {
		try {
			return (text == null) ? null : Long.valueOf(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Reply ok(ObjectNode body) {
		return new Reply(200, body, null);
	}

	private static Reply success() {
		ObjectNode body = JSON.createObjectNode();
		body.put("success", true);
		return ok(body);
	}

	private static Reply error(int status, String code, String message) {
		return new Reply(status, errorBody(code, message), null);
	}

	private static ObjectNode errorBody(String code, String message) {
		ObjectNode body = JSON.createObjectNode();
		body.put("code", code);
		body.put("message", message);
		return body;
	}

	/**
	 * A failure a test asked for.
	 */
	private record Failure(String path, int status, String code, String message, Integer retryAfter) {

	}

	/**
	 * An answer: its status, JSON body and {@code Retry-After} seconds, if any.
	 */
	private record Reply(int status, ObjectNode body, Integer retryAfter) {

	}

}
