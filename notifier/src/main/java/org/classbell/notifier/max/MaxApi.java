package org.classbell.notifier.max;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.classbell.templates.ChatText;

/**
 * A small typed client of the MAX Bot API ({@code platform-api2.max.ru}): the bot's
 * identity, long polling, sending and editing HTML messages with callback buttons or a
 * file, answering button presses and the webhook subscription. The token travels in the
 * {@code Authorization} header only. Every call fails with a {@link MaxApiException}.
 */
public final class MaxApi {

	/** The most characters MAX takes in a message's text. */
	public static final int MAX_TEXT_LENGTH = ChatText.MAX_LIMIT;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration POLL_MARGIN = Duration.ofSeconds(10);

	private final MaxHttp http;

	private final MaxWire wire = new MaxWire(JSON);

	/**
	 * A client of the Bot API at the given base URL, such as
	 * {@code https://platform-api2.max.ru}, calling with the bot's token.
	 */
	public MaxApi(URI baseUrl, String token) {
		this.http = new MaxHttp(Objects.requireNonNull(baseUrl, "baseUrl"), token, JSON);
	}

	/**
	 * The bot itself ({@code GET /me}).
	 */
	public BotInfo me() throws MaxApiException {
		return MaxWire.botInfo(call("GET", "/me", Map.of(), null));
	}

	/**
	 * The next updates, by long polling ({@code GET /updates}).
	 * @param marker the marker of the previous answer, which confirms the updates before
	 * it; {@code null} for those not yet confirmed
	 * @param limit the most updates to answer, 1 to 1000
	 * @param timeout how long MAX may wait for an update, whole seconds up to 90
	 * @param types the update types wanted, such as {@code message_created}; all when
	 * empty
	 */
	public Updates updates(Long marker, int limit, Duration timeout, List<String> types) throws MaxApiException {
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("limit", limit);
		query.put("timeout", timeout.toSeconds());
		query.put("marker", marker);
		query.put("types", types.isEmpty() ? null : String.join(",", types));
		return MaxWire.updates(this.http.call("GET", "/updates", query, null, timeout.plus(POLL_MARGIN)));
	}

	/**
	 * Sends a message to a chat ({@code POST /messages}), without link previews.
	 * @return the sent message's id ({@code mid})
	 */
	public String send(long chatId, NewMessage message) throws MaxApiException {
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("chat_id", chatId);
		query.put("disable_link_preview", true);
		JsonNode answer = call("POST", "/messages", query, this.wire.newMessageBody(message, false));
		String mid = MaxHttp.text(answer.path("message").path("body"), "mid");
		if (mid == null) {
			throw new MaxApiException(200, null, "POST /messages: MAX's answer has no message id", null, null);
		}
		return mid;
	}

	/**
	 * Replaces a message's text and attachments ({@code PUT /messages}): a message
	 * without buttons loses its keyboard.
	 */
	public void edit(String messageId, NewMessage message) throws MaxApiException {
		success("PUT", "/messages", Map.of("message_id", messageId), this.wire.newMessageBody(message, true));
	}

	/**
	 * Answers a button press ({@code POST /answers}), with a one-time notification to the
	 * person when {@code notification} is not {@code null}.
	 */
	public void answer(String callbackId, String notification) throws MaxApiException {
		ObjectNode body = this.wire.object();
		if (notification != null) {
			body.put("notification", notification);
		}
		success("POST", "/answers", Map.of("callback_id", callbackId), body);
	}

	/**
	 * Uploads a file ({@code POST /uploads?type=file}, then the file to the URL MAX
	 * gave).
	 * @return the token that attaches it to a message ({@link NewMessage#fileToken()})
	 */
	public String upload(String fileName, byte[] content) throws MaxApiException {
		JsonNode endpoint = call("POST", "/uploads", Map.of("type", "file"), null);
		String url = MaxHttp.text(endpoint, "url");
		if (url == null) {
			throw new MaxApiException(200, null, "POST /uploads: MAX's answer has no upload URL", null, null);
		}
		URI uploadUrl;
		try {
			uploadUrl = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			throw new MaxApiException(200, null, "POST /uploads: MAX's upload URL is not a URL", null, null);
		}
		String token = MaxHttp.text(this.http.upload(uploadUrl, fileName, content), "token");
		if (token == null) {
			token = MaxHttp.text(endpoint, "token");
		}
		if (token == null) {
			throw new MaxApiException(200, null, "The upload of " + fileName + " gave no token", null, null);
		}
		return token;
	}

	/**
	 * Asks MAX to post the given types of update to a webhook ({@code POST
	 * /subscriptions}), with the secret in {@code X-Max-Bot-Api-Secret} when it is not
	 * {@code null}.
	 */
	public void subscribe(URI url, List<String> types, String secret) throws MaxApiException {
		ObjectNode body = this.wire.object();
		body.put("url", url.toString());
		types.forEach(body.putArray("update_types")::add);
		if (secret != null) {
			body.put("secret", secret);
		}
		success("POST", "/subscriptions", Map.of(), body);
	}

	/**
	 * Stops the posts to a webhook ({@code DELETE /subscriptions}).
	 */
	public void unsubscribe(URI url) throws MaxApiException {
		success("DELETE", "/subscriptions", Map.of("url", url.toString()), null);
	}

	/**
	 * Reads an update that MAX posted to the webhook.
	 * @throws IllegalArgumentException if the body is not an update
	 */
	public static Update update(byte[] json) {
		JsonNode node;
		try {
			node = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Not JSON: " + ex.getOriginalMessage());
		}
		if (node == null || !node.isObject() || MaxHttp.text(node, "update_type") == null) {
			throw new IllegalArgumentException("Not a MAX update: it has no update_type");
		}
		return MaxWire.update(node);
	}

	private JsonNode call(String method, String path, Map<String, Object> query, JsonNode body) throws MaxApiException {
		return this.http.call(method, path, query, body, MaxHttp.CALL_TIMEOUT);
	}

	private void success(String method, String path, Map<String, Object> query, JsonNode body) throws MaxApiException {
		JsonNode answer = call(method, path, query, body);
		if (!answer.path("success").asBoolean(false)) {
			String message = MaxHttp.text(answer, "message");
			throw new MaxApiException(200, null, this.http
				.safe(method + " " + path + ": MAX answered no success" + ((message != null) ? ": " + message : "")),
					null, null);
		}
	}

	/**
	 * The bot, as {@code GET /me} answers.
	 *
	 * @param userId its user id
	 * @param name its name
	 * @param username its username, for deep links {@code https://max.ru/<username>}
	 */
	public record BotInfo(long userId, String name, String username) {

	}

	/**
	 * An answer of {@code GET /updates}.
	 *
	 * @param updates the updates, oldest first
	 * @param marker the marker to pass next, which confirms these updates
	 */
	public record Updates(List<Update> updates, Long marker) {

	}

	/**
	 * Something that happened in a chat of the bot. Which fields are set depends on the
	 * type: {@code message_created} has the message; {@code message_callback} the
	 * callback and the bot's message whose button was pressed; {@code bot_started} the
	 * chat id, the user and the deep link's payload.
	 *
	 * @param type its {@code update_type}, such as {@code message_created}
	 * @param timestamp when it happened, in milliseconds since the epoch
	 * @param message the message, or {@code null}
	 * @param callback the button press, or {@code null}
	 * @param chatId the dialog's id, for {@code bot_started}, or {@code null}
	 * @param user who started the bot, for {@code bot_started}, or {@code null}
	 * @param payload the deep link's {@code start} payload, or {@code null}
	 * @param userLocale the person's locale as an IETF BCP 47 tag, or {@code null}
	 */
	public record Update(String type, long timestamp, Message message, Callback callback, Long chatId, User user,
			String payload, String userLocale) {

	}

	/**
	 * A message in a chat.
	 *
	 * @param sender who wrote it; {@code null} for a channel's post
	 * @param recipient where it was written
	 * @param timestamp when, in milliseconds since the epoch
	 * @param body its id and text, or {@code null}
	 * @param replyTo the id of the message it replies to, or {@code null}
	 */
	public record Message(User sender, Recipient recipient, long timestamp, Body body, String replyTo) {

	}

	/**
	 * A message's id and text.
	 *
	 * @param mid its id
	 * @param text its text, or {@code null}
	 */
	public record Body(String mid, String text) {

	}

	/**
	 * Where a message was written.
	 *
	 * @param chatId the chat's id (a dialog's differs from the user's id)
	 * @param chatType {@code dialog}, {@code chat} or {@code channel}
	 * @param userId the user's id in a dialog, or {@code null}
	 */
	public record Recipient(Long chatId, String chatType, Long userId) {

	}

	/**
	 * A person (or bot) of MAX.
	 *
	 * @param userId their id
	 * @param name their first and last name
	 * @param username their username, or {@code null}
	 * @param isBot whether it is a bot, such as this one
	 */
	public record User(long userId, String name, String username, boolean isBot) {

	}

	/**
	 * A press of a callback button.
	 *
	 * @param callbackId the id to answer it with
	 * @param payload the button's payload
	 * @param user who pressed it
	 */
	public record Callback(String callbackId, String payload, User user) {

	}

	/**
	 * A message to send or an edit: HTML text with, optionally, rows of callback buttons
	 * and a file uploaded before.
	 *
	 * @param html the text in MAX's HTML, at most {@value MaxApi#MAX_TEXT_LENGTH}
	 * characters once its tags are taken out (as MAX counts them)
	 * @param buttons rows of buttons, empty for none
	 * @param fileToken the token of an uploaded file, or {@code null}
	 */
	public record NewMessage(String html, List<List<Button>> buttons, String fileToken) {

		public NewMessage {
			Objects.requireNonNull(html, "html");
			if (ChatText.length(html) > MAX_TEXT_LENGTH) {
				throw new IllegalArgumentException(
						"A MAX message has at most " + MAX_TEXT_LENGTH + " characters, not " + ChatText.length(html));
			}
			buttons = (buttons != null) ? buttons.stream().map(List::copyOf).toList() : List.of();
		}

		/**
		 * Just text.
		 */
		public static NewMessage text(String html) {
			return new NewMessage(html, List.of(), null);
		}

	}

	/**
	 * A callback button.
	 *
	 * @param text its label, 1 to 128 characters
	 * @param payload what a press sends back, at most 1024 characters
	 */
	public record Button(String text, String payload) {

		public Button {
			if (text == null || text.isEmpty() || text.length() > 128) {
				throw new IllegalArgumentException("A button's text has 1 to 128 characters: " + text);
			}
			if (payload == null || payload.length() > 1024) {
				throw new IllegalArgumentException("A button's payload has at most 1024 characters");
			}
		}

	}

}
