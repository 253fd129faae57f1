package org.classbell.notifier.max;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.classbell.notifier.max.MaxApi.Body;
import org.classbell.notifier.max.MaxApi.BotInfo;
import org.classbell.notifier.max.MaxApi.Button;
import org.classbell.notifier.max.MaxApi.Callback;
import org.classbell.notifier.max.MaxApi.Message;
import org.classbell.notifier.max.MaxApi.NewMessage;
import org.classbell.notifier.max.MaxApi.Recipient;
import org.classbell.notifier.max.MaxApi.Update;
import org.classbell.notifier.max.MaxApi.Updates;
import org.classbell.notifier.max.MaxApi.User;

import static org.classbell.notifier.max.MaxHttp.text;

/**
 * The MAX Bot API's JSON as {@link MaxApi} reads and writes it, field by field with the
 * schema's names; fields it does not know are ignored.
 */
final class MaxWire {

	private final JsonMapper json;

	MaxWire(JsonMapper json) {
		this.json = json;
	}

	/**
	 * A {@code NewMessageBody}: the text as HTML, and attachments only when there are
	 * some, or always when {@code editing} (where none removes the message's keyboard).
	 */
	ObjectNode newMessageBody(NewMessage message, boolean editing) {
		ObjectNode body = this.json.createObjectNode();
		body.put("text", message.html());
		body.put("format", "html");
		ArrayNode attachments = this.json.createArrayNode();
		if (message.fileToken() != null) {
			ObjectNode file = attachments.addObject();
			file.put("type", "file");
			file.putObject("payload").put("token", message.fileToken());
		}
		if (!message.buttons().isEmpty()) {
			ObjectNode keyboard = attachments.addObject();
			keyboard.put("type", "inline_keyboard");
			ArrayNode rows = keyboard.putObject("payload").putArray("buttons");
			for (List<Button> row : message.buttons()) {
				ArrayNode buttons = rows.addArray();
				for (Button button : row) {
					ObjectNode callback = buttons.addObject();
					callback.put("type", "callback");
					callback.put("text", button.text());
					callback.put("payload", button.payload());
				}
			}
		}
		if (editing || !attachments.isEmpty()) {
			body.set("attachments", attachments);
		}
		return body;
	}

	ObjectNode object() {
		return this.json.createObjectNode();
	}

	static BotInfo botInfo(JsonNode node) {
		return new BotInfo(node.path("user_id").asLong(), name(node), text(node, "username"));
	}

	static Updates updates(JsonNode node) {
		List<Update> updates = new ArrayList<>();
		for (JsonNode update : node.path("updates")) {
			updates.add(update(update));
		}
		JsonNode marker = node.get("marker");
		return new Updates(List.copyOf(updates),
				(marker == null || marker.isNull()) ? null : Long.valueOf(marker.asLong()));
	}

	static Update update(JsonNode node) {
		JsonNode chatId = node.get("chat_id");
		return new Update(text(node, "update_type"), node.path("timestamp").asLong(), message(node.get("message")),
				callback(node.get("callback")),
				(chatId == null || chatId.isNull()) ? null : Long.valueOf(chatId.asLong()), user(node.get("user")),
				text(node, "payload"), text(node, "user_locale"));
	}

	static Message message(JsonNode node) {
		if (absent(node)) {
			return null;
		}
		JsonNode body = node.get("body");
		JsonNode link = node.get("link");
		String replyTo = (!absent(link) && "reply".equals(text(link, "type")) && !absent(link.get("message")))
				? text(link.get("message"), "mid") : null;
		return new Message(user(node.get("sender")), recipient(node.get("recipient")), node.path("timestamp").asLong(),
				absent(body) ? null : new Body(text(body, "mid"), text(body, "text")), replyTo);
	}

	private static Recipient recipient(JsonNode node) {
		if (absent(node)) {
			return null;
		}
		return new Recipient(optionalLong(node, "chat_id"), text(node, "chat_type"), optionalLong(node, "user_id"));
	}

	private static Callback callback(JsonNode node) {
		if (absent(node)) {
			return null;
		}
		return new Callback(text(node, "callback_id"), text(node, "payload"), user(node.get("user")));
	}

	private static User user(JsonNode node) {
		if (absent(node)) {
			return null;
		}
		return new User(node.path("user_id").asLong(), name(node), text(node, "username"),
				node.path("is_bot").asBoolean(false));
	}

	/**
	 * The person's name: {@code first_name} and {@code last_name} as MAX sends them now,
	 * else the older {@code name}.
	 */
	private static String name(JsonNode user) {
		String first = text(user, "first_name");
		String last = text(user, "last_name");
		if (first == null && last == null) {
			return text(user, "name");
		}
		String name = ((first != null) ? first : "") + " " + ((last != null) ? last : "");
		return name.trim();
	}

	private static Long optionalLong(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value == null || value.isNull()) ? null : Long.valueOf(value.asLong());
	}

	private static boolean absent(JsonNode node) {
		return node == null || !node.isObject();
	}

}
