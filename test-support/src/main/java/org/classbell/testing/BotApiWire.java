package org.classbell.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import static org.classbell.testing.JsonHttpServer.JSON;

/**
 * The Bot API's wire format as {@link FakeBotApi} reads and writes it: calls as
 * {@code POST /bot<token>/<method>} with parameters in the query, a JSON, form or
 * multipart body (with files); answers as {@code {"ok": ...}}.
 */
final class BotApiWire {

	private BotApiWire() {
	}

	static JsonAnswer ok(JsonNode result) {
		ObjectNode body = JSON.createObjectNode();
		body.put("ok", true);
		body.set("result", result);
		return new JsonAnswer(200, body);
	}

	static JsonAnswer error(int errorCode, String description, Integer retryAfter) {
		ObjectNode body = JSON.createObjectNode();
		body.put("ok", false);
		body.put("error_code", errorCode);
		body.put("description", description);
		if (retryAfter != null) {
			body.putObject("parameters").put("retry_after", retryAfter);
		}
		return new JsonAnswer(errorCode, body);
	}

	/**
	 * The token in a call's path, {@code null} when the path has none.
	 */
	static String callToken(String path) {
		if (!path.startsWith("/bot")) {
			return null;
		}
		int slash = path.indexOf('/', 4);
		return (slash < 0) ? null : path.substring(4, slash);
	}

	/**
	 * The call's parameters: the query string's, then the JSON, form or multipart body's.
	 */
	static ObjectNode params(HttpExchange exchange, byte[] raw) {
		String body = new String(raw, StandardCharsets.UTF_8);
		ObjectNode params = JSON.createObjectNode();
		JsonHttpServer.decodeForm(exchange.getRequestURI().getRawQuery(), params::put);
		String contentType = Objects.toString(exchange.getRequestHeaders().getFirst("Content-Type"), "");
		if (lower(contentType).contains("application/x-www-form-urlencoded")) {
			JsonHttpServer.decodeForm(body, params::put);
		}
		else if (lower(contentType).contains("multipart/form-data")) {
			addParts(params, contentType, raw);
		}
		else if (!body.isBlank()) {
			try {
				JsonNode json = JSON.readTree(body);
				if (json instanceof ObjectNode object) {
					params.setAll(object);
				}
			}
			catch (JsonProcessingException ex) {
				// Not JSON: the call has the query string's parameters only.
			}
		}
		return params;
	}

	static String text(JsonNode params, String name) {
		JsonNode value = params.get(name);
		return (value == null || value.isNull()) ? null : value.asText();
	}

	/**
	 * The {@code reply_markup} parameter, sent as an object or as a JSON string.
	 */
	static JsonNode replyMarkup(ObjectNode params) {
		JsonNode markup = params.get("reply_markup");
		if (markup != null && markup.isTextual()) {
			try {
				return JSON.readTree(markup.asText());
			}
			catch (JsonProcessingException ex) {
				return null;
			}
		}
		return (markup == null || markup.isNull()) ? null : markup;
	}

	static List<List<Button>> buttons(JsonNode markup) {
		if (markup == null) {
			return List.of();
		}
		List<List<Button>> rows = new ArrayList<>();
		for (JsonNode row : markup.path("inline_keyboard")) {
			List<Button> buttons = new ArrayList<>();
			for (JsonNode button : row) {
				buttons.add(new Button(text(button, "text"), text(button, "callback_data")));
			}
			rows.add(List.copyOf(buttons));
		}
		return List.copyOf(rows);
	}

	/**
	 * The bot's user id: the numeric prefix of its token, 1 when it has none.
	 */
	static long botId(String token) {
		int colon = token.indexOf(':');
		try {
			return Long.parseLong((colon < 0) ? token : token.substring(0, colon));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

	/**
	 * The parts of a {@code multipart/form-data} body, as TelegramBots sends methods that
	 * may carry files (such as {@code setWebhook} and {@code sendDocument}): a text field
	 * as text, a file as an object with its {@code file_name} and its {@code content} as
	 * binary.
	 */
	private static void addParts(ObjectNode params, String contentType, byte[] body) {
		for (MultipartBody.Part part : MultipartBody.parse(contentType, body)) {
			if (part.isFile()) {
				ObjectNode file = params.putObject(part.name());
				file.put("file_name", part.fileName());
				file.put("content", part.content());
			}
			else {
				params.put(part.name(), part.text());
			}
		}
	}

}
