package org.classbell.testing;

import java.time.Instant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import static org.classbell.testing.BotApiWire.buttons;
import static org.classbell.testing.BotApiWire.error;
import static org.classbell.testing.BotApiWire.lower;
import static org.classbell.testing.BotApiWire.ok;
import static org.classbell.testing.BotApiWire.replyMarkup;
import static org.classbell.testing.BotApiWire.text;
import static org.classbell.testing.JsonHttpServer.JSON;
import static org.classbell.testing.Locks.locked;

/**
 * How a {@link FakeBotApi} answers the Bot API's methods: the failures a test asked for
 * first, then {@code getMe}, {@code getUpdates}, the webhook's methods,
 * {@code sendMessage}, {@code sendDocument} (of an uploaded file) and the edits;
 * {@code true} to any other. Guarded by the server's lock.
 */
final class BotApiMethods {

	private static final String ATTACH = "attach://";

	private final ReentrantLock lock;

	private final String token;

	private final BotApiChats chats;

	private final BotApiUpdates updates;

	private final BotApiRecordings recordings;

	private final Map<String, Deque<Failure>> failures = new HashMap<>();

	private Webhook webhook;

	BotApiMethods(ReentrantLock lock, String token, BotApiChats chats, BotApiUpdates updates,
			BotApiRecordings recordings) {
		this.lock = lock;
		this.token = token;
		this.chats = chats;
		this.updates = updates;
		this.recordings = recordings;
	}

	/**
	 * Answers the next {@code times} calls of a method (in any case) with an error, with
	 * {@code parameters.retry_after} when {@code retryAfterSeconds} is positive.
	 */
	void failNext(String method, int times, int errorCode, String description, int retryAfterSeconds) {
		if (errorCode < 400 || errorCode > 599) {
			throw new IllegalArgumentException("The error code is an HTTP error status: " + errorCode);
		}
		if (times < 1) {
			throw new IllegalArgumentException("times must be positive: " + times);
		}
		Failure failure = new Failure(errorCode, description, (retryAfterSeconds > 0) ? retryAfterSeconds : null);
		locked(this.lock, () -> {
			Deque<Failure> pending = this.failures.computeIfAbsent(lower(method), (key) -> new ArrayDeque<>());
			for (int i = 0; i < times; i++) {
				pending.add(failure);
			}
		});
	}

	Optional<Webhook> webhook() {
		return locked(this.lock, () -> Optional.ofNullable(this.webhook));
	}

	/**
	 * Forgets pending failures and the webhook.
	 */
	void forget() {
		locked(this.lock, () -> {
			this.failures.clear();
			this.webhook = null;
		});
	}

	/**
	 * Answers a call, records it, and closes the exchange.
	 */
	void handle(HttpExchange exchange) {
		try {
			String path = exchange.getRequestURI().getPath();
			String method = lower(path.substring(path.lastIndexOf('/') + 1));
			String callToken = BotApiWire.callToken(path);
			byte[] raw = exchange.getRequestBody().readAllBytes();
			String body = new String(raw, StandardCharsets.UTF_8);
			JsonAnswer answer;
			try {
				ObjectNode params = BotApiWire.params(exchange, raw);
				answer = answer(callToken, method, params);
			}
			catch (RuntimeException ex) {
				answer = error(500, "Internal Server Error: " + ex, null);
			}
			this.recordings.call(new BotApiCall(method, body, callToken, answer.status(), Instant.now()));
			JsonHttpServer.respond(exchange, answer.status(), answer.body(), "application/json");
		}
		catch (IOException ex) {
			// The client went away, or the server is closing.
		}
		finally {
			exchange.close();
		}
	}

	private JsonAnswer answer(String callToken, String method, ObjectNode params) {
		if (callToken == null) {
			return error(404, "Not Found", null);
		}
		if (!this.token.equals(callToken)) {
			return error(401, "Unauthorized", null);
		}
		return locked(this.lock, () -> {
			Failure failure = nextFailure(method);
			if (failure != null) {
				return error(failure.errorCode(), failure.description(), failure.retryAfter());
			}
			return switch (method) {
				case "getme" -> ok(this.chats.botUser());
				case "getupdates" -> getUpdates(params);
				case "setwebhook" -> setWebhook(params);
				case "deletewebhook" -> deleteWebhook(params);
				case "getwebhookinfo" -> webhookInfo();
				case "sendmessage" -> sendMessage(params);
				case "senddocument" -> sendDocument(params);
				case "editmessagetext" -> edit(method, params, true);
				case "editmessagereplymarkup" -> edit(method, params, false);
				default -> ok(BooleanNode.TRUE);
			};
		});
	}

	private Failure nextFailure(String method) {
		Deque<Failure> pending = this.failures.get(method);
		if (pending == null || pending.isEmpty()) {
			return null;
		}
		Failure failure = pending.poll();
		if (pending.isEmpty()) {
			this.failures.remove(method);
		}
		return failure;
	}

	private JsonAnswer getUpdates(ObjectNode params) {
		if (this.webhook != null) {
			return error(409, "Conflict: can't use getUpdates method while webhook is active; "
					+ "use deleteWebhook to delete the webhook first", null);
		}
		return ok(this.updates.poll(params));
	}

	private JsonAnswer setWebhook(ObjectNode params) {
		String url = text(params, "url");
		this.webhook = (url == null || url.isEmpty()) ? null : new Webhook(url, text(params, "secret_token"));
		dropPendingUpdatesIfAsked(params);
		return ok(BooleanNode.TRUE);
	}

	private JsonAnswer deleteWebhook(ObjectNode params) {
		this.webhook = null;
		dropPendingUpdatesIfAsked(params);
		return ok(BooleanNode.TRUE);
	}

	private void dropPendingUpdatesIfAsked(ObjectNode params) {
		if (params.path("drop_pending_updates").asBoolean(false)) {
			this.updates.dropPending();
		}
	}

	private JsonAnswer webhookInfo() {
		ObjectNode info = JSON.createObjectNode();
		info.put("url", (this.webhook != null) ? this.webhook.url() : "");
		info.put("has_custom_certificate", false);
		info.put("pending_update_count", this.updates.pending());
		return ok(info);
	}

	private JsonAnswer sendMessage(ObjectNode params) {
		long chatId = params.path("chat_id").asLong(0);
		String text = text(params, "text");
		String parseMode = text(params, "parse_mode");
		JsonNode markup = replyMarkup(params);
		int messageId = this.chats.sent(chatId, text);
		this.recordings.sent(new SentMessage(chatId, messageId, text, parseMode, buttons(markup)));
		return ok(this.chats.botMessage(chatId, messageId, text, markup));
	}

	private JsonAnswer sendDocument(ObjectNode params) {
		JsonNode document = params.path("document");
		if (document.isTextual() && document.asText().startsWith(ATTACH)) {
			// the file is another part of the body, named after "attach://"
			document = params.path(document.asText().substring(ATTACH.length()));
		}
		if (!document.path("content").isBinary()) {
			return error(400, "Bad Request: this stand-in takes uploaded documents only, not a file_id or URL", null);
		}
		byte[] content;
		try {
			content = document.path("content").binaryValue();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long chatId = params.path("chat_id").asLong(0);
		String fileName = text(document, "file_name");
		String caption = text(params, "caption");
		JsonNode markup = replyMarkup(params);
		int messageId = this.chats.sent(chatId, caption);
		this.recordings
			.document(new SentDocument(chatId, messageId, fileName, content, caption, text(params, "parse_mode")));
		ObjectNode message = this.chats.botMessage(chatId, messageId, null, markup);
		if (caption != null) {
			message.put("caption", caption);
		}
		ObjectNode file = message.putObject("document");
		file.put("file_id", "document-" + chatId + "-" + messageId);
		file.put("file_unique_id", "unique-" + chatId + "-" + messageId);
		file.put("file_name", fileName);
		file.put("file_size", content.length);
		return ok(message);
	}

	private JsonAnswer edit(String method, ObjectNode params, boolean withText) {
		JsonNode markup = replyMarkup(params);
		String parseMode = text(params, "parse_mode");
		String newText = withText ? text(params, "text") : null;
		if (!params.hasNonNull("chat_id") && params.hasNonNull("inline_message_id")) {
			this.recordings.edit(new Edit(method, 0, 0, newText, parseMode, buttons(markup)));
			return ok(BooleanNode.TRUE);
		}
		long chatId = params.path("chat_id").asLong(0);
		int messageId = params.path("message_id").asInt(0);
		if (withText) {
			this.chats.edited(chatId, messageId, newText);
		}
		this.recordings.edit(new Edit(method, chatId, messageId, newText, parseMode, buttons(markup)));
		ObjectNode message = this.chats.botMessage(chatId, messageId, this.chats.text(chatId, messageId), markup);
		message.put("edit_date", BotApiChats.now());
		return ok(message);
	}

	private record Failure(int errorCode, String description, Integer retryAfter) {

	}

}
