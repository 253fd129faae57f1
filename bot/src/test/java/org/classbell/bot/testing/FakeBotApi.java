package org.classbell.bot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * A local HTTP server that speaks the Telegram Bot API wire protocol
 * ({@code POST /bot<token>/<method>} with JSON, answers {@code {"ok":...}}), so that
 * tests can drive the real TelegramBots client against it: it queues updates a test
 * builds, answers {@code getUpdates} with Telegram's offset semantics, records what the
 * bot sends and edits, and fails calls on request.
 */
public final class FakeBotApi implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String HOST = "127.0.0.1";

	private static final int MAX_LIMIT = 100;

	private static final String DEFAULT_FIRST_NAME = "Test";

	private final String token;

	private final long botId;

	private final HttpServer server;

	private final ExecutorService executor;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition updatesChanged = this.lock.newCondition();

	private final Condition messageSent = this.lock.newCondition();

	// All of the following are guarded by the lock.

	private final TreeMap<Integer, ObjectNode> queue = new TreeMap<>();

	private final Map<Integer, ObjectNode> built = new HashMap<>();

	private final Map<Long, Integer> lastMessageIds = new HashMap<>();

	private final Map<MessageKey, String> messageTexts = new HashMap<>();

	private final Map<Long, Person> people = new HashMap<>();

	private final Map<String, Deque<Failure>> failures = new HashMap<>();

	private final List<Call> calls = new ArrayList<>();

	private final List<SentMessage> sentMessages = new ArrayList<>();

	private final Map<Long, Integer> sentCounts = new HashMap<>();

	private final List<Edit> edits = new ArrayList<>();

	private int lastUpdateId;

	private long lastCallbackQueryId;

	private int heldPolls;

	private Webhook webhook;

	private String username = "test_bot";

	private Duration maxHold = Duration.ofMillis(500);

	private boolean closed;

	/**
	 * Starts a server on a free port of 127.0.0.1 that accepts calls with the given bot
	 * token.
	 * @param token the bot token, such as {@code 123456:ABC-def}; its numeric prefix is
	 * the bot's user id
	 */
	public FakeBotApi(String token) {
		this.token = Objects.requireNonNull(token, "token");
		this.botId = botId(token);
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newCachedThreadPool((runnable) -> {
			Thread thread = new Thread(runnable, "fake-bot-api-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			this.server = HttpServer.create(new InetSocketAddress(HOST, 0), 0);
		}
		catch (IOException ex) {
			this.executor.shutdownNow();
			throw new UncheckedIOException(ex);
		}
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	// Configuration and addresses

	/**
	 * The bot token the server accepts.
	 */
	public String token() {
		return this.token;
	}

	/**
	 * The port the server listens on.
	 */
	public int port() {
		return this.server.getAddress().getPort();
	}

	/**
	 * The server's base address, such as {@code http://127.0.0.1:41234}.
	 */
	public URI url() {
		return URI.create("http://" + HOST + ":" + port());
	}

	/**
	 * The server's address for the TelegramBots client and long polling application.
	 */
	public TelegramUrl telegramUrl() {
		return new TelegramUrl("http", HOST, port(), false);
	}

	/**
	 * Sets the username {@code getMe} answers (without {@code @}); {@code test_bot}
	 * unless set.
	 */
	public FakeBotApi username(String username) {
		this.lock.lock();
		try {
			this.username = Objects.requireNonNull(username, "username").replaceFirst("^@", "");
		}
		finally {
			this.lock.unlock();
		}
		return this;
	}

	/**
	 * Sets how long at most a {@code getUpdates} call with a timeout waits for an update
	 * before it answers {@code []}; 500 ms unless set.
	 */
	public FakeBotApi maxHold(Duration maxHold) {
		if (maxHold.isNegative()) {
			throw new IllegalArgumentException("maxHold must not be negative: " + maxHold);
		}
		this.lock.lock();
		try {
			this.maxHold = maxHold;
		}
		finally {
			this.lock.unlock();
		}
		return this;
	}

	// Failure injection

	/**
	 * Answers the next call of a method (in any case) with an error whose HTTP status is
	 * its code, such as {@code failNext("sendMessage", 403, "Forbidden: bot was
	 * blocked by the user")}. Failures set for the same method queue up, one per call.
	 */
	public FakeBotApi failNext(String method, int errorCode, String description) {
		return failNext(method, 1, errorCode, description, 0);
	}

	/**
	 * Answers the next call of a method (in any case) with an error that asks to retry
	 * after some seconds, such as {@code failNext("sendMessage", 429, "Too Many Requests:
	 * retry after 5", 5)}.
	 */
	public FakeBotApi failNext(String method, int errorCode, String description, int retryAfterSeconds) {
		return failNext(method, 1, errorCode, description, retryAfterSeconds);
	}

	/**
	 * Answers the next {@code times} calls of a method (in any case) with an error, with
	 * {@code parameters.retry_after} when {@code retryAfterSeconds} is positive.
	 */
	public FakeBotApi failNext(String method, int times, int errorCode, String description, int retryAfterSeconds) {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(description, "description");
		if (errorCode < 400 || errorCode > 599) {
			throw new IllegalArgumentException("The error code is an HTTP error status: " + errorCode);
		}
		if (times < 1) {
			throw new IllegalArgumentException("times must be positive: " + times);
		}
		Failure failure = new Failure(errorCode, description, (retryAfterSeconds > 0) ? retryAfterSeconds : null);
		this.lock.lock();
		try {
			Deque<Failure> pending = this.failures.computeIfAbsent(lower(method), (key) -> new ArrayDeque<>());
			for (int i = 0; i < times; i++) {
				pending.add(failure);
			}
		}
		finally {
			this.lock.unlock();
		}
		return this;
	}

	// Building updates

	/**
	 * Queues a text message from a user in a chat (the user's chat is the user's id),
	 * with a {@code bot_command} entity when the text starts with {@code /}. The user has
	 * the name and language last given for them, or first name {@code Test} and no
	 * language.
	 * @return the update's id
	 */
	public int sendText(long userId, long chatId, String text) {
		this.lock.lock();
		try {
			Person person = this.people.getOrDefault(userId, new Person(DEFAULT_FIRST_NAME, null));
			return sendText(userId, chatId, text, person.firstName(), person.languageCode());
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Queues a text message from a user with the given first name and
	 * {@code language_code} (none when {@code null}), which later updates from the user
	 * keep.
	 * @return the update's id
	 */
	public int sendText(long userId, long chatId, String text, String firstName, String languageCode) {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(firstName, "firstName");
		this.lock.lock();
		try {
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
			return enqueue("message", message);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Queues a press of an inline button with the given callback data, under a message of
	 * the chat (whose text is the one the bot sent or last edited, else empty).
	 * @return the update's id
	 */
	public int pressButton(long userId, long chatId, int messageId, String callbackData) {
		Objects.requireNonNull(callbackData, "callbackData");
		this.lock.lock();
		try {
			ObjectNode message = JSON.createObjectNode();
			message.put("message_id", messageId);
			message.set("from", botUser());
			message.set("chat", chat(chatId));
			message.put("date", now());
			message.put("text", this.messageTexts.getOrDefault(new MessageKey(chatId, messageId), ""));
			ObjectNode query = JSON.createObjectNode();
			query.put("id", Long.toString(4_000_000_000_000L + (++this.lastCallbackQueryId)));
			query.set("from", user(userId));
			query.set("message", message);
			query.put("chat_instance", Long.toString(chatId * 31 + this.botId));
			query.put("data", callbackData);
			return enqueue("callback_query", query);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Puts an update built before back in the queue, with the same JSON and id, as
	 * Telegram does when a client crashed before confirming it. Like any queued update it
	 * is dropped by the next {@code getUpdates} whose offset is beyond it, and the
	 * TelegramBots long polling session skips ids it has already seen: a new session (as
	 * after a restart) receives it.
	 * @throws IllegalArgumentException if no update has that id
	 */
	public void redeliver(int updateId) {
		this.lock.lock();
		try {
			this.queue.put(updateId, built(updateId));
			this.updatesChanged.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * The JSON of an update built before, as {@code getUpdates} answers it and as
	 * Telegram posts it to a webhook.
	 * @throws IllegalArgumentException if no update has that id
	 */
	public String updateJson(int updateId) {
		this.lock.lock();
		try {
			return built(updateId).toString();
		}
		finally {
			this.lock.unlock();
		}
	}

	// Inspection

	/**
	 * Every call in the order they were answered, including refused ones.
	 */
	public List<Call> calls() {
		this.lock.lock();
		try {
			return List.copyOf(this.calls);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * The calls of one method (in any case), in the order they were answered.
	 */
	public List<Call> calls(String method) {
		String name = lower(method);
		return calls().stream().filter((call) -> call.method().equals(name)).toList();
	}

	/**
	 * The messages sent with {@code sendMessage}, in order.
	 */
	public List<SentMessage> sentMessages() {
		this.lock.lock();
		try {
			return List.copyOf(this.sentMessages);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * How many messages were sent with {@code sendMessage} since the recordings were last
	 * cleared.
	 */
	public int sentCount() {
		this.lock.lock();
		try {
			return this.sentMessages.size();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Waits until at least {@code count} messages were sent to the chat since the
	 * recordings were last cleared, without copying what was recorded.
	 * @return whether they were, within the timeout
	 */
	public boolean awaitSent(long chatId, int count, Duration timeout) throws InterruptedException {
		long left = timeout.toNanos();
		this.lock.lock();
		try {
			while (this.sentCounts.getOrDefault(chatId, 0) < count) {
				if (left <= 0) {
					return false;
				}
				left = this.messageSent.awaitNanos(left);
			}
			return true;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * The messages sent to one chat, in order.
	 */
	public List<SentMessage> sentMessages(long chatId) {
		return sentMessages().stream().filter((message) -> message.chatId() == chatId).toList();
	}

	/**
	 * The last message sent to a chat, if any.
	 */
	public Optional<SentMessage> lastSentMessage(long chatId) {
		List<SentMessage> sent = sentMessages(chatId);
		return sent.isEmpty() ? Optional.empty() : Optional.of(sent.get(sent.size() - 1));
	}

	/**
	 * The {@code editMessageText} and {@code editMessageReplyMarkup} calls, in order.
	 */
	public List<Edit> edits() {
		this.lock.lock();
		try {
			return List.copyOf(this.edits);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * The webhook last set, if any: {@code deleteWebhook} or {@code setWebhook} with an
	 * empty url removes it.
	 */
	public Optional<Webhook> webhook() {
		this.lock.lock();
		try {
			return Optional.ofNullable(this.webhook);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * How many updates are queued and not yet confirmed.
	 */
	public int pendingUpdates() {
		this.lock.lock();
		try {
			return this.queue.size();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * How many {@code getUpdates} calls are waiting for an update right now.
	 */
	public int heldPolls() {
		this.lock.lock();
		try {
			return this.heldPolls;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Forgets the recorded calls, sent messages and edits.
	 */
	public void clearRecordings() {
		this.lock.lock();
		try {
			this.calls.clear();
			this.sentMessages.clear();
			this.sentCounts.clear();
			this.edits.clear();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Forgets recordings, queued and built updates, pending failures, the webhook and
	 * known message texts. Update and message ids keep increasing, so that a running
	 * client does not skip the updates built next; the username and the maximum hold
	 * stay.
	 */
	public void reset() {
		this.lock.lock();
		try {
			clearRecordings();
			this.queue.clear();
			this.built.clear();
			this.messageTexts.clear();
			this.people.clear();
			this.failures.clear();
			this.webhook = null;
			this.updatesChanged.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Stops the server; {@code getUpdates} calls that are waiting answer at once.
	 */
	@Override
	public void close() {
		this.lock.lock();
		try {
			if (this.closed) {
				return;
			}
			this.closed = true;
			this.updatesChanged.signalAll();
		}
		finally {
			this.lock.unlock();
		}
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	// Serving

	private void handle(HttpExchange exchange) {
		try {
			String path = exchange.getRequestURI().getPath();
			String method = lower(path.substring(path.lastIndexOf('/') + 1));
			String callToken = callToken(path);
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			Answer answer;
			try {
				ObjectNode params = params(exchange, body);
				answer = answer(callToken, method, params);
			}
			catch (RuntimeException ex) {
				answer = error(500, "Internal Server Error: " + ex, null);
			}
			this.lock.lock();
			try {
				this.calls.add(new Call(method, body, callToken, answer.status()));
			}
			finally {
				this.lock.unlock();
			}
			respond(exchange, answer);
		}
		catch (IOException ex) {
			// The client went away, or the server is closing.
		}
		finally {
			exchange.close();
		}
	}

	private Answer answer(String callToken, String method, ObjectNode params) {
		if (callToken == null) {
			return error(404, "Not Found", null);
		}
		if (!this.token.equals(callToken)) {
			return error(401, "Unauthorized", null);
		}
		this.lock.lock();
		try {
			Failure failure = nextFailure(method);
			if (failure != null) {
				return error(failure.errorCode(), failure.description(), failure.retryAfter());
			}
			return switch (method) {
				case "getme" -> ok(botUser());
				case "getupdates" -> getUpdates(params);
				case "setwebhook" -> setWebhook(params);
				case "deletewebhook" -> deleteWebhook(params);
				case "getwebhookinfo" -> webhookInfo();
				case "sendmessage" -> sendMessage(params);
				case "editmessagetext" -> edit(method, params, true);
				case "editmessagereplymarkup" -> edit(method, params, false);
				default -> ok(BooleanNode.TRUE);
			};
		}
		finally {
			this.lock.unlock();
		}
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

	private Answer getUpdates(ObjectNode params) {
		if (this.webhook != null) {
			return error(409, "Conflict: can't use getUpdates method while webhook is active; "
					+ "use deleteWebhook to delete the webhook first", null);
		}
		long offset = params.path("offset").asLong(0);
		int limit = params.path("limit").asInt(MAX_LIMIT);
		limit = (limit < 1 || limit > MAX_LIMIT) ? MAX_LIMIT : limit;
		long timeoutSeconds = Math.max(0, params.path("timeout").asLong(0));
		long waitNanos = Math.min(TimeUnit.SECONDS.toNanos(Math.min(timeoutSeconds, 86_400)), this.maxHold.toNanos());
		int first = confirm(offset);
		while (true) {
			ArrayNode result = JSON.createArrayNode();
			for (ObjectNode update : this.queue.tailMap(first, true).values()) {
				if (result.size() == limit) {
					break;
				}
				result.add(update.deepCopy());
			}
			if (!result.isEmpty() || this.closed || waitNanos <= 0) {
				return ok(result);
			}
			this.heldPolls++;
			try {
				waitNanos = this.updatesChanged.awaitNanos(waitNanos);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				waitNanos = 0;
			}
			finally {
				this.heldPolls--;
			}
		}
	}

	/**
	 * Drops the updates an offset confirms and returns the first update id to answer.
	 */
	private int confirm(long offset) {
		if (offset < 0) {
			while (this.queue.size() > -offset) {
				this.queue.pollFirstEntry();
			}
			return Integer.MIN_VALUE;
		}
		int first = (int) Math.min(offset, Integer.MAX_VALUE);
		this.queue.headMap(first, false).clear();
		return first;
	}

	private Answer setWebhook(ObjectNode params) {
		String url = text(params, "url");
		this.webhook = (url == null || url.isEmpty()) ? null : new Webhook(url, text(params, "secret_token"));
		dropPendingUpdatesIfAsked(params);
		return ok(BooleanNode.TRUE);
	}

	private Answer deleteWebhook(ObjectNode params) {
		this.webhook = null;
		dropPendingUpdatesIfAsked(params);
		return ok(BooleanNode.TRUE);
	}

	private void dropPendingUpdatesIfAsked(ObjectNode params) {
		if (params.path("drop_pending_updates").asBoolean(false)) {
			this.queue.clear();
		}
	}

	private Answer webhookInfo() {
		ObjectNode info = JSON.createObjectNode();
		info.put("url", (this.webhook != null) ? this.webhook.url() : "");
		info.put("has_custom_certificate", false);
		info.put("pending_update_count", this.queue.size());
		return ok(info);
	}

	private Answer sendMessage(ObjectNode params) {
		long chatId = params.path("chat_id").asLong(0);
		String text = text(params, "text");
		String parseMode = text(params, "parse_mode");
		JsonNode markup = replyMarkup(params);
		int messageId = nextMessageId(chatId);
		this.messageTexts.put(new MessageKey(chatId, messageId), (text != null) ? text : "");
		this.sentMessages.add(new SentMessage(chatId, messageId, text, parseMode, buttons(markup)));
		this.sentCounts.merge(chatId, 1, Integer::sum);
		this.messageSent.signalAll();
		return ok(botMessage(chatId, messageId, text, markup));
	}

	private Answer edit(String method, ObjectNode params, boolean withText) {
		JsonNode markup = replyMarkup(params);
		String parseMode = text(params, "parse_mode");
		String newText = withText ? text(params, "text") : null;
		if (!params.hasNonNull("chat_id") && params.hasNonNull("inline_message_id")) {
			this.edits.add(new Edit(method, 0, 0, newText, parseMode, buttons(markup)));
			return ok(BooleanNode.TRUE);
		}
		long chatId = params.path("chat_id").asLong(0);
		int messageId = params.path("message_id").asInt(0);
		MessageKey key = new MessageKey(chatId, messageId);
		if (withText) {
			this.messageTexts.put(key, (newText != null) ? newText : "");
		}
		this.edits.add(new Edit(method, chatId, messageId, newText, parseMode, buttons(markup)));
		ObjectNode message = botMessage(chatId, messageId, this.messageTexts.getOrDefault(key, ""), markup);
		message.put("edit_date", now());
		return ok(message);
	}

	private ObjectNode botMessage(long chatId, int messageId, String text, JsonNode markup) {
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

	private int enqueue(String type, ObjectNode content) {
		int updateId = ++this.lastUpdateId;
		ObjectNode update = JSON.createObjectNode();
		update.put("update_id", updateId);
		update.set(type, content);
		this.built.put(updateId, update);
		this.queue.put(updateId, update);
		this.updatesChanged.signalAll();
		return updateId;
	}

	private ObjectNode built(int updateId) {
		ObjectNode update = this.built.get(updateId);
		if (update == null) {
			throw new IllegalArgumentException("No update has the id " + updateId);
		}
		return update;
	}

	private int nextMessageId(long chatId) {
		return this.lastMessageIds.merge(chatId, 1, Integer::sum);
	}

	private ObjectNode botUser() {
		ObjectNode user = JSON.createObjectNode();
		user.put("id", this.botId);
		user.put("is_bot", true);
		user.put("first_name", "Test bot");
		user.put("username", this.username);
		return user;
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

	private static ObjectNode chat(long chatId) {
		ObjectNode chat = JSON.createObjectNode();
		chat.put("id", chatId);
		chat.put("type", "private");
		return chat;
	}

	private static long now() {
		return Instant.now().getEpochSecond();
	}

	// Wire format

	private static Answer ok(JsonNode result) {
		ObjectNode body = JSON.createObjectNode();
		body.put("ok", true);
		body.set("result", result);
		return new Answer(200, body);
	}

	private static Answer error(int errorCode, String description, Integer retryAfter) {
		ObjectNode body = JSON.createObjectNode();
		body.put("ok", false);
		body.put("error_code", errorCode);
		body.put("description", description);
		if (retryAfter != null) {
			body.putObject("parameters").put("retry_after", retryAfter);
		}
		return new Answer(errorCode, body);
	}

	private static void respond(HttpExchange exchange, Answer answer) throws IOException {
		byte[] bytes = answer.body().toString().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(answer.status(), bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	private static String callToken(String path) {
		if (!path.startsWith("/bot")) {
			return null;
		}
		int slash = path.indexOf('/', 4);
		return (slash < 0) ? null : path.substring(4, slash);
	}

	/**
	 * The call's parameters: the query string's, then the JSON or form body's.
	 */
	private static ObjectNode params(HttpExchange exchange, String body) {
		ObjectNode params = JSON.createObjectNode();
		addForm(params, exchange.getRequestURI().getRawQuery());
		String contentType = lower(Objects.toString(exchange.getRequestHeaders().getFirst("Content-Type"), ""));
		if (contentType.contains("application/x-www-form-urlencoded")) {
			addForm(params, body);
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
		for (String part : body.split(java.util.regex.Pattern.quote(boundary))) {
			int headersEnd = part.indexOf("\r\n\r\n");
			if (headersEnd < 0) {
				continue;
			}
			java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]*)\"")
				.matcher(part.substring(0, headersEnd));
			if (name.find()) {
				String value = part.substring(headersEnd + 4);
				params.put(name.group(1), value.endsWith("\r\n") ? value.substring(0, value.length() - 2) : value);
			}
		}
	}

	private static void addForm(ObjectNode params, String form) {
		if (form == null || form.isEmpty()) {
			return;
		}
		for (String pair : form.split("&")) {
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			params.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
					URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
	}

	private static String text(JsonNode params, String name) {
		JsonNode value = params.get(name);
		return (value == null || value.isNull()) ? null : value.asText();
	}

	/**
	 * The {@code reply_markup} parameter, sent as an object or as a JSON string.
	 */
	private static JsonNode replyMarkup(ObjectNode params) {
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

	private static List<List<Button>> buttons(JsonNode markup) {
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

	private static long botId(String token) {
		int colon = token.indexOf(':');
		try {
			return Long.parseLong((colon < 0) ? token : token.substring(0, colon));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

	/**
	 * One call of the Bot API.
	 *
	 * @param method the method in lower case, such as {@code sendmessage}
	 * @param body the request body as sent
	 * @param token the token in the path, {@code null} when the path has none
	 * @param status the HTTP status answered: 200, the error code of a failure, 401 for a
	 * wrong token
	 */
	public record Call(String method, String body, String token, int status) {

		/**
		 * The body as JSON: an empty object when it is not a JSON object.
		 */
		public JsonNode json() {
			try {
				JsonNode json = this.body.isBlank() ? null : JSON.readTree(this.body);
				return (json instanceof ObjectNode) ? json : JSON.createObjectNode();
			}
			catch (JsonProcessingException ex) {
				return JSON.createObjectNode();
			}
		}

	}

	/**
	 * A message the bot sent with {@code sendMessage}.
	 *
	 * @param chatId the chat it went to
	 * @param messageId the id the server gave it
	 * @param text its text as sent
	 * @param parseMode its {@code parse_mode}, {@code null} when none
	 * @param buttons its inline keyboard, row by row; empty when none
	 */
	public record SentMessage(long chatId, int messageId, String text, String parseMode, List<List<Button>> buttons) {

		/**
		 * The callback data of all its buttons, row after row.
		 */
		public List<String> callbackData() {
			return this.buttons.stream().flatMap(List::stream).map(Button::callbackData).toList();
		}

	}

	/**
	 * An {@code editMessageText} or {@code editMessageReplyMarkup} call.
	 *
	 * @param method {@code editmessagetext} or {@code editmessagereplymarkup}
	 * @param chatId the chat, 0 for an inline message
	 * @param messageId the message, 0 for an inline message
	 * @param text the new text, {@code null} for {@code editMessageReplyMarkup}
	 * @param parseMode its {@code parse_mode}, {@code null} when none
	 * @param buttons the new inline keyboard, row by row; empty when none
	 */
	public record Edit(String method, long chatId, int messageId, String text, String parseMode,
			List<List<Button>> buttons) {

	}

	/**
	 * An inline keyboard button.
	 *
	 * @param text its label
	 * @param callbackData its {@code callback_data}, {@code null} for other kinds of
	 * button
	 */
	public record Button(String text, String callbackData) {

	}

	/**
	 * A webhook set with {@code setWebhook}.
	 *
	 * @param url where Telegram would post updates
	 * @param secretToken the {@code secret_token}, {@code null} when none
	 */
	public record Webhook(String url, String secretToken) {

	}

	private record Answer(int status, ObjectNode body) {

	}

	private record Failure(int errorCode, String description, Integer retryAfter) {

	}

	private record Person(String firstName, String languageCode) {

	}

	private record MessageKey(long chatId, int messageId) {

	}

}
