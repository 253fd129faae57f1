package org.classbell.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import static org.classbell.testing.Locks.locked;

/**
 * A local HTTP server that speaks the MAX Bot API (token in {@code Authorization}, JSON
 * in and out, errors as {@code {code, message}}), so that tests drive the real client
 * against it: it plays people who write, press buttons and start the bot, answers
 * {@code GET /updates} with MAX's marker semantics, records what the bot sends, edits,
 * answers, uploads and subscribes, and fails calls on request.
 */
public final class FakeMaxApi extends JsonHttpServer {

	/** The header in which MAX sends a subscription's secret to the webhook. */
	public static final String SECRET_HEADER = "X-Max-Bot-Api-Secret";

	private final ReentrantLock lock = new ReentrantLock();

	private final String token;

	private final MaxApiChats chats = new MaxApiChats();

	private final MaxApiUpdates updates = new MaxApiUpdates(this.lock);

	private final MaxApiRecordings recordings = new MaxApiRecordings(this.lock);

	private final MaxApiMethods methods;

	/**
	 * Starts a server on a free port of 127.0.0.1 that accepts calls with the given bot
	 * token.
	 */
	public FakeMaxApi(String token) {
		super("fake-max-api");
		this.token = Objects.requireNonNull(token, "token");
		this.methods = new MaxApiMethods(this.lock, token, this.chats, this.updates, this.recordings);
		start();
	}

	/**
	 * The bot token the server accepts.
	 */
	public String token() {
		return this.token;
	}

	/**
	 * Sets the username {@code GET /me} answers; {@code test_max_bot} unless set.
	 */
	public FakeMaxApi username(String username) {
		Objects.requireNonNull(username, "username");
		locked(this.lock, () -> this.chats.username(username.replaceFirst("^@", "")));
		return this;
	}

	/**
	 * The bot's user id, as {@code GET /me} answers it.
	 */
	public long botUserId() {
		return MaxApiChats.BOT_USER_ID;
	}

	/**
	 * Sets the name a person has in the updates built next; {@code Test User} unless set.
	 * @param lastName {@code null} for none
	 */
	public FakeMaxApi name(long userId, String firstName, String lastName) {
		Objects.requireNonNull(firstName, "firstName");
		locked(this.lock, () -> this.chats.name(userId, firstName, lastName));
		return this;
	}

	/**
	 * The id of a person's dialog with the bot: it differs from the person's id, so that
	 * mixing them up fails tests.
	 */
	public long chatOf(long userId) {
		return MaxApiChats.chatOf(userId);
	}

	/**
	 * The id of the group chat that {@link #groupMessage(long, String)} writes in.
	 */
	public long groupChatId() {
		return MaxApiChats.GROUP_CHAT_ID;
	}

	/**
	 * Queues a {@code message_created}: a person writes in their dialog with the bot.
	 * @return the message's {@code mid}
	 */
	public String write(long userId, String text) {
		return write(userId, text, null);
	}

	/**
	 * Queues a {@code message_created} with the person's {@code user_locale}, such as
	 * {@code ru-RU}.
	 * @return the message's {@code mid}
	 */
	public String write(long userId, String text, String locale) {
		Objects.requireNonNull(text, "text");
		return queue(() -> this.chats.messageCreated(userId, text, locale, false)).path("message")
			.path("body")
			.path("mid")
			.asText();
	}

	/**
	 * Queues a {@code message_created} written as a reply to one of the bot's messages (a
	 * {@code link} of type {@code reply}).
	 * @return the message's {@code mid}
	 */
	public String reply(long userId, String text, String replyToMid) {
		Objects.requireNonNull(text, "text");
		return queue(() -> this.chats.messageReplying(userId, text, replyToMid)).path("message")
			.path("body")
			.path("mid")
			.asText();
	}

	/**
	 * Queues a {@code message_created} in the group chat ({@code chat_type}
	 * {@code chat}).
	 * @return the message's {@code mid}
	 */
	public String groupMessage(long userId, String text) {
		Objects.requireNonNull(text, "text");
		return queue(() -> this.chats.messageCreated(userId, text, null, true)).path("message")
			.path("body")
			.path("mid")
			.asText();
	}

	/**
	 * Queues a {@code message_callback}: a person presses a button of a message the bot
	 * sent, which comes with the update as it now reads.
	 * @return the callback id, to answer the press with
	 * @throws IllegalArgumentException if the bot sent no message with that {@code mid}
	 */
	public String press(long userId, String messageMid, String payload) {
		Objects.requireNonNull(payload, "payload");
		return queue(() -> this.chats.messageCallback(userId, messageMid, payload)).path("callback")
			.path("callback_id")
			.asText();
	}

	/**
	 * Queues a {@code bot_started}: a person presses Start, or opens the deep link
	 * {@code https://max.ru/<bot>?start=<payload>}.
	 * @param payload the deep link's payload, {@code null} for none
	 */
	public void start(long userId, String payload) {
		start(userId, payload, null);
	}

	/**
	 * Queues a {@code bot_started} with the person's {@code user_locale}.
	 */
	public void start(long userId, String payload, String locale) {
		queue(() -> this.chats.botStarted(userId, payload, locale));
	}

	/**
	 * Queues the last update delivered by {@code GET /updates} again, as MAX does when
	 * the bot stopped before it confirmed the marker.
	 * @throws IllegalStateException if none was delivered yet
	 */
	public void redeliverLast() {
		this.updates.redeliverLast();
	}

	/**
	 * The JSON of the last update queued, as MAX would post it to a webhook.
	 * @throws IllegalStateException if none was queued yet
	 */
	public String lastUpdateJson() {
		return this.updates.lastJson();
	}

	/**
	 * How many updates are queued and not yet confirmed by a marker.
	 */
	public int pendingUpdates() {
		return this.updates.pending();
	}

	/**
	 * How many {@code GET /updates} calls are waiting for an update right now.
	 */
	public int heldPolls() {
		return this.updates.heldPolls();
	}

	/**
	 * Waits until a {@code GET /updates} call waits for an update, so that a test can
	 * queue one while it waits.
	 * @return whether one did, within the timeout
	 */
	public boolean awaitHeldPoll(Duration timeout) throws InterruptedException {
		return this.updates.awaitHeldPoll(timeout);
	}

	/**
	 * Makes {@code POST /messages} to a chat fail with 403 {@code chat.denied}, as when
	 * the person blocked the bot.
	 */
	public void block(long chatId) {
		locked(this.lock, () -> this.chats.block(chatId));
	}

	/**
	 * Lets the bot write to a chat again.
	 */
	public void unblock(long chatId) {
		locked(this.lock, () -> this.chats.unblock(chatId));
	}

	/**
	 * Fails the next call (of any path, {@code GET /updates} included) with an error.
	 * Failures queue up, one per call.
	 */
	public FakeMaxApi failNext(int status, String code, String message) {
		this.methods.failNext(null, status, code, message, null);
		return this;
	}

	/**
	 * Fails the next call of one path, such as {@code /messages}, with an error: safe
	 * while a bot polls.
	 */
	public FakeMaxApi failNext(String path, int status, String code, String message) {
		this.methods.failNext(Objects.requireNonNull(path, "path"), status, code, message, null);
		return this;
	}

	/**
	 * Fails the next call (of any path) with 429 and a {@code Retry-After} header.
	 */
	public FakeMaxApi tooManyRequests(int retryAfterSeconds) {
		return tooManyRequests(null, retryAfterSeconds);
	}

	/**
	 * Fails the next call of one path ({@code null} for any) with 429 and a
	 * {@code Retry-After} header.
	 */
	public FakeMaxApi tooManyRequests(String path, int retryAfterSeconds) {
		this.methods.failNext(path, 429, "too.many.requests", "Too many requests", retryAfterSeconds);
		return this;
	}

	/**
	 * The messages the bot sent, in order.
	 */
	public List<SentMaxMessage> sentMessages() {
		return this.recordings.sent();
	}

	/**
	 * The messages the bot sent to one chat, in order.
	 */
	public List<SentMaxMessage> sentMessages(long chatId) {
		return sentMessages().stream().filter((message) -> message.chatId() == chatId).toList();
	}

	/**
	 * The last message the bot sent to a chat, if any.
	 */
	public Optional<SentMaxMessage> lastSentMessage(long chatId) {
		List<SentMaxMessage> sent = sentMessages(chatId);
		return sent.isEmpty() ? Optional.empty() : Optional.of(sent.get(sent.size() - 1));
	}

	/**
	 * Waits until at least {@code count} messages were sent to the chat since the
	 * recordings were last cleared.
	 * @return whether they were, within the timeout
	 */
	public boolean awaitSent(long chatId, int count, Duration timeout) throws InterruptedException {
		return this.recordings.awaitSent(chatId, count, timeout);
	}

	/**
	 * The edits of the bot's messages, by {@code PUT /messages} or with an answer, in
	 * order.
	 */
	public List<MaxApiEdit> edits() {
		return this.recordings.edits();
	}

	/**
	 * The bot's answers to button presses, in order.
	 */
	public List<MaxApiAnswer> answers() {
		return this.recordings.answers();
	}

	/**
	 * The webhook subscriptions in force.
	 */
	public List<MaxApiSubscription> subscriptions() {
		return this.recordings.subscriptions();
	}

	/**
	 * Every request answered, refused ones included, in order.
	 */
	public List<MaxApiRequest> requests() {
		return this.recordings.requests();
	}

	/**
	 * The most requests answered within one second, over the requests recorded: to check
	 * that the bot keeps under MAX's 30 a second.
	 */
	public int peakRequestsPerSecond() {
		List<Instant> times = requests().stream().map(MaxApiRequest::at).sorted().toList();
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
	 * Forgets the recorded requests, messages, edits and answers; subscriptions, queued
	 * updates and blocks stay.
	 */
	public void clearRecordings() {
		this.recordings.clear();
	}

	/**
	 * Stops the server; {@code GET /updates} calls that are waiting answer at once.
	 */
	@Override
	public void close() {
		if (!this.updates.close()) {
			super.close();
		}
	}

	@Override
	protected void handle(HttpExchange exchange) {
		this.methods.handle(exchange, url().toString());
	}

	private ObjectNode queue(Supplier<ObjectNode> build) {
		return locked(this.lock, () -> {
			ObjectNode update = build.get();
			this.updates.enqueue(update);
			return update;
		});
	}

}
