package org.classbell.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.classbell.testing.JsonHttpServer.JSON;
import static org.classbell.testing.Locks.locked;

/**
 * What a {@link FakeBotApi} knows of its chats: the bot, the users' names and languages,
 * each chat's message ids and the texts of its messages; and the Telegram objects it
 * builds from them. Guarded by the server's lock.
 */
final class BotApiChats {

	private static final String DEFAULT_FIRST_NAME = "Test";

	private final ReentrantLock lock;

	private final long botId;

	private final Map<Long, Integer> lastMessageIds = new HashMap<>();

	private final Map<MessageKey, String> messageTexts = new HashMap<>();

	private final Map<Long, Person> people = new HashMap<>();

	private long lastCallbackQueryId;

	private String username = "test_bot";

	BotApiChats(ReentrantLock lock, long botId) {
		this.lock = lock;
		this.botId = botId;
	}

	void username(String username) {
		locked(this.lock, () -> {
			this.username = username;
		});
	}

	/**
	 * A text message from a user with the name and language last given for them.
	 */
	ObjectNode textMessage(long userId, long chatId, String text) {
		return locked(this.lock, () -> {
			Person person = this.people.getOrDefault(userId, new Person(DEFAULT_FIRST_NAME, null));
			return textMessage(userId, chatId, text, person.firstName(), person.languageCode());
		});
	}

	/**
	 * A text message from a user, whose name and language later messages keep; with a
	 * {@code bot_command} entity when the text starts with {@code /}.
	 */
	ObjectNode textMessage(long userId, long chatId, String text, String firstName, String languageCode) {
		return locked(this.lock, () -> {
			this.people.put(userId, new Person(firstName, languageCode));
			int messageId = nextMessageId(chatId);
			ObjectNode message = JSON.createObjectNode();
			message.put("message_id", messageId);
			message.set("from", user(userId));
			message.set("chat", chat(chatId));
			message.put("date", now());
			message.put("text", text);
			if (text.startsWith("/")) {
				int end = 1;
				while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
					end++;
				}
				ObjectNode command = message.putArray("entities").addObject();
				command.put("offset", 0);
				command.put("length", end);
				command.put("type", "bot_command");
			}
			this.messageTexts.put(new MessageKey(chatId, messageId), text);
			return message;
		});
	}

	/**
	 * A text message from a user written as a reply to one of the bot's messages in the
	 * chat ({@code reply_to_message}).
	 */
	ObjectNode replyMessage(long userId, long chatId, String text, int replyToMessageId) {
		return locked(this.lock, () -> {
			ObjectNode message = textMessage(userId, chatId, text);
			message.set("reply_to_message", botMessage(chatId, replyToMessageId, text(chatId, replyToMessageId), null));
			return message;
		});
	}

	/**
	 * A press of an inline button under a message of the chat, whose text is the one the
	 * bot sent or last edited, else empty.
	 */
	ObjectNode callbackQuery(long userId, long chatId, int messageId, String callbackData) {
		return locked(this.lock, () -> {
			ObjectNode message = JSON.createObjectNode();
			message.put("message_id", messageId);
			message.set("from", botUser());
			message.set("chat", chat(chatId));
			message.put("date", now());
			message.put("text", text(chatId, messageId));
			ObjectNode query = JSON.createObjectNode();
			query.put("id", Long.toString(4_000_000_000_000L + (++this.lastCallbackQueryId)));
			query.set("from", user(userId));
			query.set("message", message);
			query.put("chat_instance", Long.toString(chatId * 31 + this.botId));
			query.put("data", callbackData);
			return query;
		});
	}

	/**
	 * Gives a message the bot sends its id and keeps its text.
	 * @return its id
	 */
	int sent(long chatId, String text) {
		return locked(this.lock, () -> {
			int messageId = nextMessageId(chatId);
			this.messageTexts.put(new MessageKey(chatId, messageId), (text != null) ? text : "");
			return messageId;
		});
	}

	void edited(long chatId, int messageId, String text) {
		locked(this.lock, () -> {
			this.messageTexts.put(new MessageKey(chatId, messageId), (text != null) ? text : "");
		});
	}

	/**
	 * The text of a message, empty when unknown.
	 */
	String text(long chatId, int messageId) {
		return locked(this.lock, () -> this.messageTexts.getOrDefault(new MessageKey(chatId, messageId), ""));
	}

	/**
	 * A message from the bot, as the Bot API answers with it.
	 */
	ObjectNode botMessage(long chatId, int messageId, String text, JsonNode markup) {
		ObjectNode message = JSON.createObjectNode();
		message.put("message_id", messageId);
		message.set("from", botUser());
		message.set("chat", chat(chatId));
		message.put("date", now());
		if (text != null) {
			message.put("text", text);
		}
		if (markup != null && markup.path("inline_keyboard").isArray()) {
			message.set("reply_markup", markup.deepCopy());
		}
		return message;
	}

	ObjectNode botUser() {
		return locked(this.lock, () -> {
			ObjectNode user = JSON.createObjectNode();
			user.put("id", this.botId);
			user.put("is_bot", true);
			user.put("first_name", "Test bot");
			user.put("username", this.username);
			return user;
		});
	}

	/**
	 * Forgets the users and the texts of messages; message ids keep increasing.
	 */
	void forget() {
		locked(this.lock, () -> {
			this.messageTexts.clear();
			this.people.clear();
		});
	}

	static long now() {
		return Instant.now().getEpochSecond();
	}

	private ObjectNode user(long userId) {
		Person person = this.people.getOrDefault(userId, new Person(DEFAULT_FIRST_NAME, null));
		ObjectNode user = JSON.createObjectNode();
		user.put("id", userId);
		user.put("is_bot", false);
		user.put("first_name", person.firstName());
		if (person.languageCode() != null) {
			user.put("language_code", person.languageCode());
		}
		return user;
	}

	private int nextMessageId(long chatId) {
		return this.lastMessageIds.merge(chatId, 1, Integer::sum);
	}

	private static ObjectNode chat(long chatId) {
		ObjectNode chat = JSON.createObjectNode();
		chat.put("id", chatId);
		chat.put("type", "private");
		return chat;
	}

	private record Person(String firstName, String languageCode) {

	}

	private record MessageKey(long chatId, int messageId) {

	}

}
