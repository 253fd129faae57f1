package org.classbell.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.classbell.testing.JsonHttpServer.JSON;

/**
 * The people, chats and messages a {@link FakeMaxApi} knows, and the JSON it builds of
 * them: users, the bot's messages (by {@code mid}, with their current text and keyboard),
 * button presses not yet answered and blocked chats. Guarded by the server's lock.
 */
final class MaxApiChats {

	/** What a dialog's chat id adds to the user's id, so that mixing them up shows. */
	static final long DIALOG_OFFSET = 1_000_000_000L;

	static final long GROUP_CHAT_ID = -70_000_000_001L;

	static final long BOT_USER_ID = 9_000_000_001L;

	private final Map<Long, String[]> names = new HashMap<>();

	private final Map<String, ObjectNode> botMessages = new HashMap<>();

	private final Map<String, String> callbacks = new HashMap<>();

	private final Set<Long> blocked = new HashSet<>();

	private String username = "test_max_bot";

	private long lastId;

	void username(String username) {
		this.username = username;
	}

	void name(long userId, String firstName, String lastName) {
		this.names.put(userId, new String[] { firstName, lastName });
	}

	static long chatOf(long userId) {
		return userId + DIALOG_OFFSET;
	}

	void block(long chatId) {
		this.blocked.add(chatId);
	}

	void unblock(long chatId) {
		this.blocked.remove(chatId);
	}

	boolean blocked(long chatId) {
		return this.blocked.contains(chatId);
	}

	ObjectNode botInfo() {
		ObjectNode bot = JSON.createObjectNode();
		bot.put("user_id", BOT_USER_ID);
		bot.put("first_name", "ClassBell");
		bot.put("name", "ClassBell");
		bot.put("username", this.username);
		bot.put("is_bot", true);
		bot.put("last_activity_time", now());
		return bot;
	}

	ObjectNode user(long userId) {
		String[] name = this.names.getOrDefault(userId, new String[] { "Test", "User" });
		ObjectNode user = JSON.createObjectNode();
		user.put("user_id", userId);
		user.put("first_name", name[0]);
		if (name[1] != null) {
			user.put("last_name", name[1]);
		}
		user.put("name", (name[1] != null) ? name[0] + " " + name[1] : name[0]);
		user.put("is_bot", false);
		user.put("last_activity_time", now());
		return user;
	}

	/**
	 * A {@code message_created} update of a person's message in their dialog, or in the
	 * group chat.
	 */
	ObjectNode messageCreated(long userId, String text, String locale, boolean group) {
		ObjectNode update = update("message_created");
		update.set("message",
				message(user(userId), group ? GROUP_CHAT_ID : chatOf(userId), nextMid(), text, JSON.createArrayNode()));
		if (locale != null && !group) {
			update.put("user_locale", locale);
		}
		return update;
	}

	/**
	 * A {@code message_created} update of a person's message in their dialog written as a
	 * reply to one of the bot's messages: its {@code link} is of type {@code reply}.
	 */
	ObjectNode messageReplying(long userId, String text, String replyToMid) {
		ObjectNode update = messageCreated(userId, text, null, false);
		ObjectNode link = ((ObjectNode) update.get("message")).putObject("link");
		link.put("type", "reply");
		link.putObject("message").put("mid", replyToMid);
		return update;
	}

	/**
	 * A {@code message_callback} update of a press of a button of a bot's message.
	 * @return the update; its callback id is at {@code callback.callback_id}
	 */
	ObjectNode messageCallback(long userId, String mid, String payload) {
		ObjectNode message = this.botMessages.get(mid);
		if (message == null) {
			throw new IllegalArgumentException("The bot sent no message " + mid);
		}
		String callbackId = "cb." + Long.toHexString(++this.lastId) + "." + Long.toHexString(now());
		this.callbacks.put(callbackId, mid);
		ObjectNode update = update("message_callback");
		ObjectNode callback = update.putObject("callback");
		callback.put("timestamp", now());
		callback.put("callback_id", callbackId);
		callback.put("payload", payload);
		callback.set("user", user(userId));
		update.set("message", message.deepCopy());
		return update;
	}

	ObjectNode botStarted(long userId, String payload, String locale) {
		ObjectNode update = update("bot_started");
		update.put("chat_id", chatOf(userId));
		update.set("user", user(userId));
		if (payload != null) {
			update.put("payload", payload);
		}
		if (locale != null) {
			update.put("user_locale", locale);
		}
		return update;
	}

	/**
	 * Keeps a message the bot sent, and builds its JSON.
	 */
	ObjectNode botMessage(long chatId, String text, ArrayNode attachments) {
		ObjectNode message = message(botInfo(), chatId, nextMid(), text, attachments);
		this.botMessages.put(message.path("body").path("mid").asText(), message);
		return message;
	}

	boolean knows(String mid) {
		return this.botMessages.containsKey(mid);
	}

	/**
	 * Changes a bot's message: its text, and its attachments unless {@code null}.
	 * @return its keyboard after the edit
	 */
	List<List<MaxButton>> edit(String mid, String text, ArrayNode attachments) {
		ObjectNode body = (ObjectNode) this.botMessages.get(mid).path("body");
		body.put("text", text);
		if (attachments != null) {
			body.set("attachments", attachments);
		}
		return buttons(body.path("attachments"));
	}

	/**
	 * The message whose button a callback id pressed, {@code null} for an unknown one.
	 */
	String callbackMessage(String callbackId) {
		return this.callbacks.get(callbackId);
	}

	static List<List<MaxButton>> buttons(JsonNode attachments) {
		List<List<MaxButton>> rows = new ArrayList<>();
		for (JsonNode attachment : attachments) {
			if (!"inline_keyboard".equals(attachment.path("type").asText())) {
				continue;
			}
			for (JsonNode row : attachment.path("payload").path("buttons")) {
				List<MaxButton> buttons = new ArrayList<>();
				for (JsonNode button : row) {
					JsonNode payload = button.get("payload");
					buttons.add(new MaxButton(button.path("text").asText(),
							(payload == null || payload.isNull()) ? null : payload.asText()));
				}
				rows.add(List.copyOf(buttons));
			}
		}
		return List.copyOf(rows);
	}

	private ObjectNode message(ObjectNode sender, long chatId, String mid, String text, ArrayNode attachments) {
		ObjectNode message = JSON.createObjectNode();
		message.set("sender", sender);
		ObjectNode recipient = message.putObject("recipient");
		recipient.put("chat_id", chatId);
		if (chatId == GROUP_CHAT_ID) {
			recipient.put("chat_type", "chat");
			recipient.putNull("user_id");
		}
		else {
			recipient.put("chat_type", "dialog");
			recipient.put("user_id", chatId - DIALOG_OFFSET);
		}
		message.put("timestamp", now());
		ObjectNode body = message.putObject("body");
		body.put("mid", mid);
		body.put("seq", this.lastId);
		body.put("text", text);
		body.set("attachments", attachments);
		return message;
	}

	private String nextMid() {
		return "mid." + String.format("%016x", ++this.lastId);
	}

	private static ObjectNode update(String type) {
		ObjectNode update = JSON.createObjectNode();
		update.put("update_type", type);
		update.put("timestamp", now());
		return update;
	}

	static long now() {
		return System.currentTimeMillis();
	}

}
