package org.classbell.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import static org.classbell.testing.JsonHttpServer.JSON;

/**
 * The Bot API's wire format as {@link FakeBotApi} reads and writes it: calls as
 * {@code POST /bot<token>/<method>} with parameters in the query, a JSON, form or
 * multipart body; answers as {@code {"ok": ...}}.
 */
final class BotApiWire {

	private static final Pattern PART_NAME = Pattern.compile("name=\"([^\"]*)\"");

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
	 * The call's parameters: the query string's, then the JSON or form body's.
	 */
	static ObjectNode params(HttpExchange exchange, String body) {
		ObjectNode params = JSON.createObjectNode();
		JsonHttpServer.decodeForm(exchange.getRequestURI().getRawQuery(), params::put);
		String contentType = lower(Objects.toString(exchange.getRequestHeaders().getFirst("Content-Type"), ""));
		if (contentType.contains("application/x-www-form-urlencoded")) {
			JsonHttpServer.decodeForm(body, params::put);
		}
		else if (contentType.contains("multipart/form-data")) {
			addParts(params, contentType, body);
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
	 * The text parts of a {@code multipart/form-data} body, as TelegramBots sends methods
	 * that may carry files (such as {@code setWebhook}).
	 */
	private static void addParts(ObjectNode params, String contentType, String body) {
		int at = contentType.indexOf("boundary=");
		if (at < 0) {
			return;
		}
		String boundary = "--"
				+ contentType.substring(at + "boundary=".length()).replace("\"", "").split(";")[0].strip();
		for (String part : body.split(Pattern.quote(boundary))) {
			int headersEnd = part.indexOf("\r\n\r\n");
			if (headersEnd < 0) {
				continue;
			}
			Matcher name = PART_NAME.matcher(part.substring(0, headersEnd));
			if (name.find()) {
				String value = part.substring(headersEnd + 4);
				params.put(name.group(1), value.endsWith("\r\n") ? value.substring(0, value.length() - 2) : value);
			}
		}
	}

}
