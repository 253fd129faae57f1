package org.classbell.testing;

import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import com.sun.net.httpserver.HttpExchange;
import org.telegram.telegrambots.meta.TelegramUrl;

import static org.classbell.testing.BotApiWire.lower;
import static org.classbell.testing.Locks.locked;

/**
 * A local HTTP server that speaks the Telegram Bot API wire protocol
 * ({@code POST /bot<token>/<method>} with JSON or multipart, answers {@code {"ok":...}}),
 * so that tests can drive the real TelegramBots client against it: it queues updates a
 * test builds, answers {@code getUpdates} with Telegram's offset semantics, records what
 * the bot sends (messages and uploaded files) and edits, and fails calls on request.
 */
public final class FakeBotApi extends JsonHttpServer {

	private final ReentrantLock lock = new ReentrantLock();

	private final String token;

	private final BotApiChats chats;

	private final BotApiUpdates updates = new BotApiUpdates(this.lock);

	private final BotApiRecordings recordings = new BotApiRecordings(this.lock);

	private final BotApiMethods methods;

	/**
	 * Starts a server on a free port of 127.0.0.1 that accepts calls with the given bot
	 * token.
	 * @param token the bot token, such as {@code 123456:ABC-def}; its numeric prefix is
	 * the bot's user id
	 */
	public FakeBotApi(String token) {
		super("fake-bot-api");
		this.token = Objects.requireNonNull(token, "token");
		this.chats = new BotApiChats(this.lock, BotApiWire.botId(token));
		this.methods = new BotApiMethods(this.lock, token, this.chats, this.updates, this.recordings);
		start();
	}

	/**
	 * The bot token the server accepts.
	 */
	public String token() {
		return this.token;
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
		this.chats.username(Objects.requireNonNull(username, "username").replaceFirst("^@", ""));
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
		this.updates.maxHold(maxHold);
		return this;
	}

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
		this.methods.failNext(method, times, errorCode, description, retryAfterSeconds);
		return this;
	}

	/**
	 * Queues a text message from a user in a chat (the user's chat is the user's id),
	 * with a {@code bot_command} entity when the text starts with {@code /}. The user has
	 * the name and language last given for them, or first name {@code Test} and no
	 * language.
	 * @return the update's id
	 */
	public int sendText(long userId, long chatId, String text) {
		Objects.requireNonNull(text, "text");
		return locked(this.lock, () -> this.updates.enqueue("message", this.chats.textMessage(userId, chatId, text)));
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
		return locked(this.lock, () -> this.updates.enqueue("message",
				this.chats.textMessage(userId, chatId, text, firstName, languageCode)));
	}

	/**
	 * Queues a text message from a user written as a reply to one of the bot's messages
	 * in the chat, as Telegram's "Reply" does.
	 * @return the update's id
	 */
	public int replyText(long userId, long chatId, String text, int replyToMessageId) {
		Objects.requireNonNull(text, "text");
		return locked(this.lock,
				() -> this.updates.enqueue("message", this.chats.replyMessage(userId, chatId, text, replyToMessageId)));
	}

	/**
	 * Queues a press of an inline button with the given callback data, under a message of
	 * the chat (whose text is the one the bot sent or last edited, else empty).
	 * @return the update's id
	 */
	public int pressButton(long userId, long chatId, int messageId, String callbackData) {
		Objects.requireNonNull(callbackData, "callbackData");
		return locked(this.lock, () -> this.updates.enqueue("callback_query",
				this.chats.callbackQuery(userId, chatId, messageId, callbackData)));
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
		this.updates.redeliver(updateId);
	}

	/**
	 * The JSON of an update built before, as {@code getUpdates} answers it and as
	 * Telegram posts it to a webhook.
	 * @throws IllegalArgumentException if no update has that id
	 */
	public String updateJson(int updateId) {
		return this.updates.json(updateId);
	}

	/**
	 * Every call in the order they were answered, including refused ones.
	 */
	public List<BotApiCall> calls() {
		return this.recordings.calls();
	}

	/**
	 * The calls of one method (in any case), in the order they were answered.
	 */
	public List<BotApiCall> calls(String method) {
		String name = lower(method);
		return calls().stream().filter((call) -> call.method().equals(name)).toList();
	}

	/**
	 * The messages sent with {@code sendMessage}, in order.
	 */
	public List<SentMessage> sentMessages() {
		return this.recordings.sentMessages();
	}

	/**
	 * The most {@code sendMessage} calls that came within any one second, to see that
	 * dispatching nodes together keep the bot's limit.
	 */
	public int peakMessagesPerSecond() {
		List<Instant> times = calls("sendMessage").stream().map(BotApiCall::at).sorted().toList();
		int peak = 0;
		int first = 0;
		for (int last = 0; last < times.size(); last++) {
			while (!times.get(first).plusSeconds(1).isAfter(times.get(last))) {
				first++;
			}
			peak = Math.max(peak, last - first + 1);
		}
		return peak;
	}

	/**
	 * How many messages were sent with {@code sendMessage} since the recordings were last
	 * cleared.
	 */
	public int sentCount() {
		return this.recordings.sentCount();
	}

	/**
	 * Waits until at least {@code count} messages were sent to the chat since the
	 * recordings were last cleared, without copying what was recorded.
	 * @return whether they were, within the timeout
	 */
	public boolean awaitSent(long chatId, int count, Duration timeout) throws InterruptedException {
		return this.recordings.awaitSent(chatId, count, timeout);
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
	 * The files sent to one chat with {@code sendDocument}, in order.
	 */
	public List<SentDocument> sentDocuments(long chatId) {
		return this.recordings.documents().stream().filter((document) -> document.chatId() == chatId).toList();
	}

	/**
	 * The {@code editMessageText} and {@code editMessageReplyMarkup} calls, in order.
	 */
	public List<Edit> edits() {
		return this.recordings.edits();
	}

	/**
	 * The webhook last set, if any: {@code deleteWebhook} or {@code setWebhook} with an
	 * empty url removes it.
	 */
	public Optional<Webhook> webhook() {
		return this.methods.webhook();
	}

	/**
	 * How many updates are queued and not yet confirmed.
	 */
	public int pendingUpdates() {
		return this.updates.pending();
	}

	/**
	 * How many {@code getUpdates} calls are waiting for an update right now.
	 */
	public int heldPolls() {
		return this.updates.heldPolls();
	}

	/**
	 * Forgets the recorded calls, sent messages and documents, and edits.
	 */
	public void clearRecordings() {
		this.recordings.clear();
	}

	/**
	 * Forgets recordings, queued and built updates, pending failures, the webhook and
	 * known message texts. Update and message ids keep increasing, so that a running
	 * client does not skip the updates built next; the username and the maximum hold
	 * stay.
	 */
	public void reset() {
		locked(this.lock, () -> {
			this.recordings.clear();
			this.updates.forget();
			this.chats.forget();
			this.methods.forget();
		});
	}

	/**
	 * Stops the server; {@code getUpdates} calls that are waiting answer at once.
	 */
	@Override
	public void close() {
		if (!this.updates.close()) {
			super.close();
		}
	}

	@Override
	protected void handle(HttpExchange exchange) {
		this.methods.handle(exchange);
	}

}
