package org.classbell.notifier.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import static org.awaitility.Awaitility.await;

/**
 * A local HTTP server that speaks enough of Twilio's REST API for the real Twilio SDK:
 * the Messages resource of API version 2010-04-01, which it creates messages in and lists
 * them from (with Twilio's filters and paging), behind HTTP Basic authentication,
 * answering errors in Twilio's JSON shape. It records what arrives, and fails, delays or
 * drops requests on demand.
 */
public final class FakeTwilio implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String HOST = "127.0.0.1";

	private static final Pattern MESSAGES = Pattern.compile("/2010-04-01/Accounts/([^/]+)/Messages\\.json");

	private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
			Locale.US);

	private static final int DEFAULT_PAGE_SIZE = 50;

	private static final int MAX_PAGE_SIZE = 1000;

	private static final Duration AWAIT = Duration.ofSeconds(10);

	private final String accountSid;

	private final String authToken;

	private final HttpServer server;

	private final ExecutorService executor;

	private final Object lock = new Object();

	// All of the following are guarded by the lock.

	private final Deque<Fault> faults = new ArrayDeque<>();

	private final List<Stored> stored = new ArrayList<>();

	private final List<Call> calls = new ArrayList<>();

	/**
	 * Starts a server on a free port of 127.0.0.1 that accepts the given credentials.
	 * @param accountSid the account, such as {@code AC} and 32 hex digits
	 * @param authToken its auth token
	 */
	public FakeTwilio(String accountSid, String authToken) {
		this.accountSid = Objects.requireNonNull(accountSid, "accountSid");
		this.authToken = Objects.requireNonNull(authToken, "authToken");
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newCachedThreadPool((runnable) -> {
			Thread thread = new Thread(runnable, "fake-twilio-" + threads.incrementAndGet());
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
	 * The account the server accepts.
	 */
	public String accountSid() {
		return this.accountSid;
	}

	/**
	 * The auth token the server accepts.
	 */
	public String authToken() {
		return this.authToken;
	}

	/**
	 * The server's base address, such as {@code http://127.0.0.1:41234}: the API URL for
	 * the SDK in place of {@code https://api.twilio.com}.
	 */
	public URI url() {
		return URI.create("http://" + HOST + ":" + this.server.getAddress().getPort());
	}

	// Faults

	/**
	 * Answers the next request with a Twilio error, such as {@code failNext(400, 21610,
	 * "Attempt to send to unsubscribed recipient")}, and records no message. Faults queue
	 * up, one per request, whatever its method.
	 */
	public FakeTwilio failNext(int httpStatus, int twilioCode, String message) {
		if (httpStatus < 400 || httpStatus > 599) {
			throw new IllegalArgumentException("An error's status is 4xx or 5xx: " + httpStatus);
		}
		return enqueue(new Failure(httpStatus, twilioCode, Objects.requireNonNull(message, "message")));
	}

	/**
	 * Closes the connection of the next request without an answer, as a network fault
	 * would.
	 */
	public FakeTwilio disconnectNext() {
		return enqueue(new Disconnect());
	}

	/**
	 * Answers the next request as usual but only after a while; a message it creates is
	 * recorded when the answer is given, whether the client still waits or not.
	 */
	public FakeTwilio delayNext(Duration delay) {
		if (delay.isNegative()) {
			throw new IllegalArgumentException("delay must not be negative: " + delay);
		}
		return enqueue(new Delay(delay));
	}

	// Inspection

	/**
	 * The messages created, in order.
	 */
	public List<Sent> messages() {
		synchronized (this.lock) {
			return this.stored.stream().map(Stored::sent).toList();
		}
	}

	/**
	 * How many messages were created.
	 */
	public int count() {
		synchronized (this.lock) {
			return this.stored.size();
		}
	}

	/**
	 * Waits up to ten seconds for at least {@code count} messages and returns all.
	 */
	public List<Sent> awaitMessages(int count) {
		await().atMost(AWAIT).until(() -> messages().size() >= count);
		return messages();
	}

	/**
	 * Every request in the order they were answered, including refused and dropped ones.
	 */
	public List<Call> calls() {
		synchronized (this.lock) {
			return List.copyOf(this.calls);
		}
	}

	/**
	 * Forgets messages, calls and pending faults.
	 */
	public void reset() {
		synchronized (this.lock) {
			this.faults.clear();
			this.stored.clear();
			this.calls.clear();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	/**
	 * The {@code X-Twilio-Signature} Twilio sends with a webhook: Base64 of the
	 * HMAC-SHA1, keyed with the auth token, of the URL followed by each POST parameter's
	 * name and value in the order of the names.
	 * @param authToken the account's auth token
	 * @param url the full URL the webhook is posted to, query included
	 * @param params the form parameters posted, none for a GET
	 */
	public static String signature(String authToken, String url, Map<String, String> params) {
		StringBuilder data = new StringBuilder(url);
		new TreeMap<>((params != null) ? params : Map.<String, String>of())
			.forEach((name, value) -> data.append(name).append(value));
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			byte[] digest = mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA1 is not available", ex);
		}
	}

	// Serving

	private void handle(HttpExchange exchange) {
		try {
			String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
			String path = exchange.getRequestURI().getPath();
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			Map<String, String> params = new LinkedHashMap<>();
			addForm(params, exchange.getRequestURI().getRawQuery());
			String contentType = Objects.toString(exchange.getRequestHeaders().getFirst("Content-Type"), "");
			if (contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
				addForm(params, body);
			}
			Fault fault;
			synchronized (this.lock) {
				fault = this.faults.poll();
			}
			if (fault instanceof Disconnect) {
				record(new Call(method, path, params, 0));
				return;
			}
			if (fault instanceof Delay delay) {
				Thread.sleep(delay.duration().toMillis());
			}
			Answer answer = (fault instanceof Failure failure)
					? error(failure.status(), failure.code(), failure.message())
					: answer(method, path, params, exchange.getRequestHeaders().getFirst("Authorization"));
			record(new Call(method, path, params, answer.status()));
			if (answer.status() == 401) {
				exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"Twilio API\"");
			}
			byte[] bytes = answer.body().toString().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
			exchange.sendResponseHeaders(answer.status(), bytes.length);
			exchange.getResponseBody().write(bytes);
		}
		catch (IOException ex) {
			// The client went away, or the server is closing.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			// Without an answer sent, this closes the connection.
			exchange.close();
		}
	}

	private Answer answer(String method, String path, Map<String, String> params, String authorization) {
		String expected = "Basic " + Base64.getEncoder()
			.encodeToString((this.accountSid + ":" + this.authToken).getBytes(StandardCharsets.UTF_8));
		if (!expected.equals(authorization)) {
			return error(401, 20003, "Authenticate");
		}
		Matcher messages = MESSAGES.matcher(path);
		if (!messages.matches() || !messages.group(1).equals(this.accountSid)) {
			return error(404, 20404, "The requested resource " + path + " was not found");
		}
		return switch (method) {
			case "POST" -> create(params);
			case "GET" -> list(params);
			default -> error(405, 20004, "Method not allowed");
		};
	}

	private Answer create(Map<String, String> params) {
		String to = params.get("To");
		String from = params.get("From");
		String service = params.get("MessagingServiceSid");
		String body = params.get("Body");
		if (isBlank(to)) {
			return error(400, 21604, "A 'To' phone number is required.");
		}
		if (isBlank(from) && isBlank(service)) {
			return error(400, 21603, "A 'From' phone number is required.");
		}
		if (isBlank(body) && !params.containsKey("MediaUrl")) {
			return error(400, 21602, "Message body is required.");
		}
		String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		Sent sent = new Sent(sid, to, blankToNull(from), blankToNull(service), body, params.get("StatusCallback"),
				segments(body), now);
		ObjectNode resource = resource(sent);
		synchronized (this.lock) {
			this.stored.add(new Stored(sent, resource));
		}
		return new Answer(201, resource);
	}

	private Answer list(Map<String, String> params) {
		Predicate<Sent> filter = (sent) -> true;
		if (params.containsKey("To")) {
			filter = filter.and((sent) -> params.get("To").equals(sent.to()));
		}
		if (params.containsKey("From")) {
			filter = filter.and((sent) -> params.get("From").equals(sent.from()));
		}
		try {
			LocalDate on = day(params.get("DateSent"));
			LocalDate after = day(params.get("DateSent>"));
			LocalDate before = day(params.get("DateSent<"));
			filter = filter.and((sent) -> {
				LocalDate sentOn = sent.dateSent().toLocalDate();
				return (on == null || sentOn.equals(on)) && (after == null || !sentOn.isBefore(after))
						&& (before == null || !sentOn.isAfter(before));
			});
		}
		catch (DateTimeParseException ex) {
			return error(400, 20001, "Invalid DateSent: " + ex.getParsedString());
		}
		int pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, number(params.get("PageSize"), DEFAULT_PAGE_SIZE)));
		int page = Math.max(0, number(params.get("Page"), 0));
		List<ObjectNode> matching = new ArrayList<>();
		synchronized (this.lock) {
			for (int i = this.stored.size() - 1; i >= 0; i--) {
				if (filter.test(this.stored.get(i).sent())) {
					matching.add(this.stored.get(i).json());
				}
			}
		}
		int start = Math.min(page * pageSize, matching.size());
		int end = Math.min(start + pageSize, matching.size());
		ObjectNode body = JSON.createObjectNode();
		body.putArray("messages").addAll(matching.subList(start, end));
		body.put("first_page_uri", pageUri(params, pageSize, 0));
		body.put("next_page_uri", (end < matching.size()) ? pageUri(params, pageSize, page + 1) : null);
		body.put("previous_page_uri", (page > 0) ? pageUri(params, pageSize, page - 1) : null);
		body.put("page", page);
		body.put("page_size", pageSize);
		body.put("start", start);
		body.put("end", Math.max(start, end - 1));
		body.put("uri", pageUri(params, pageSize, page));
		return new Answer(200, body);
	}

	private ObjectNode resource(Sent sent) {
		String date = RFC_2822.format(sent.dateSent());
		String uri = "/2010-04-01/Accounts/" + this.accountSid + "/Messages/" + sent.sid();
		ObjectNode resource = JSON.createObjectNode();
		resource.put("account_sid", this.accountSid);
		resource.put("api_version", "2010-04-01");
		resource.put("body", sent.body());
		resource.put("date_created", date);
		resource.put("date_sent", date);
		resource.put("date_updated", date);
		resource.put("direction", "outbound-api");
		resource.putNull("error_code");
		resource.putNull("error_message");
		resource.put("from", sent.from());
		resource.put("messaging_service_sid", sent.messagingServiceSid());
		resource.put("num_media", "0");
		resource.put("num_segments", Integer.toString(sent.segments()));
		resource.putNull("price");
		resource.put("price_unit", "USD");
		resource.put("sid", sent.sid());
		resource.put("status", (sent.from() != null) ? "queued" : "accepted");
		ObjectNode subresources = resource.putObject("subresource_uris");
		subresources.put("media", uri + "/Media.json");
		subresources.put("feedback", uri + "/Feedback.json");
		resource.put("to", sent.to());
		resource.put("uri", uri + ".json");
		return resource;
	}

	private String pageUri(Map<String, String> params, int pageSize, int page) {
		StringBuilder uri = new StringBuilder("/2010-04-01/Accounts/" + this.accountSid + "/Messages.json?");
		params.forEach((name, value) -> {
			if (!name.equals("Page") && !name.equals("PageSize") && !name.equals("PageToken")) {
				uri.append(encode(name)).append('=').append(encode(value)).append('&');
			}
		});
		return uri.append("PageSize=").append(pageSize).append("&Page=").append(page).toString();
	}

	private FakeTwilio enqueue(Fault fault) {
		synchronized (this.lock) {
			this.faults.add(fault);
		}
		return this;
	}

	private void record(Call call) {
		synchronized (this.lock) {
			this.calls.add(call);
		}
	}

	// Wire format

	private static Answer error(int status, int code, String message) {
		ObjectNode body = JSON.createObjectNode();
		body.put("code", code);
		body.put("message", message);
		body.put("more_info", "https://www.twilio.com/docs/errors/" + code);
		body.put("status", status);
		return new Answer(status, body);
	}

	/**
	 * The SMS segments a text takes: GSM-7 (160 alone, 153 each when split) when it is
	 * all printable ASCII and line breaks, UCS-2 (70 alone, 67 each) otherwise.
	 */
	static int segments(String text) {
		boolean gsm = text.chars().allMatch((c) -> (c >= 0x20 && c < 0x7f) || c == '\n' || c == '\r');
		int single = gsm ? 160 : 70;
		int part = gsm ? 153 : 67;
		return (text.length() <= single) ? 1 : (text.length() + part - 1) / part;
	}

	/**
	 * The day of a {@code DateSent} filter, which the SDK sends as a UTC date and time.
	 */
	private static LocalDate day(String value) {
		return (value == null) ? null : LocalDate.parse(value.substring(0, Math.min(10, value.length())));
	}

	private static int number(String value, int otherwise) {
		try {
			return (value != null) ? Integer.parseInt(value) : otherwise;
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}

	private static void addForm(Map<String, String> params, String form) {
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

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String blankToNull(String text) {
		return isBlank(text) ? null : text;
	}

	/**
	 * A message the server created.
	 *
	 * @param sid its SID, {@code SM} and 32 hex digits
	 * @param to the {@code To} number
	 * @param from the {@code From} number, {@code null} when sent through a messaging
	 * service only
	 * @param messagingServiceSid the {@code MessagingServiceSid}, {@code null} when none
	 * @param body the {@code Body} as received
	 * @param statusCallback the {@code StatusCallback} URL, {@code null} when none
	 * @param segments the segments the server counted
	 * @param dateSent when it was taken, to the second
	 */
	public record Sent(String sid, String to, String from, String messagingServiceSid, String body,
			String statusCallback, int segments, ZonedDateTime dateSent) {

	}

	/**
	 * One request to the server.
	 *
	 * @param method the HTTP method in upper case
	 * @param path the request path
	 * @param params its query and form parameters, decoded
	 * @param status the HTTP status answered, 0 when the connection was dropped
	 */
	public record Call(String method, String path, Map<String, String> params, int status) {

		public Call {
			params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
		}

	}

	private record Stored(Sent sent, ObjectNode json) {

	}

	private record Answer(int status, ObjectNode body) {

	}

	private sealed interface Fault {

	}

	private record Failure(int status, int code, String message) implements Fault {

	}

	private record Disconnect() implements Fault {

	}

	private record Delay(Duration duration) implements Fault {

	}

}
