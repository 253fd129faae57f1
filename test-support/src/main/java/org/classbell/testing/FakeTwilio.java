package org.classbell.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;

import static org.awaitility.Awaitility.await;

/**
 * A local HTTP server that speaks enough of Twilio's REST API for the real Twilio SDK:
 * the Messages resource of API version 2010-04-01, which it creates messages in and lists
 * them from (with Twilio's filters and paging), behind HTTP Basic authentication,
 * answering errors in Twilio's JSON shape. It records what arrives, and fails, delays or
 * drops requests on demand.
 */
public final class FakeTwilio extends JsonHttpServer {

	private static final Duration AWAIT = Duration.ofSeconds(10);

	private final String accountSid;

	private final String authToken;

	private final Object lock = new Object();

	private final TwilioMessages messages;

	// Guarded by the lock.

	private final Deque<TwilioFault> faults = new ArrayDeque<>();

	private final List<TwilioCall> calls = new ArrayList<>();

	/**
	 * Starts a server on a free port of 127.0.0.1 that accepts the given credentials.
	 * @param accountSid the account, such as {@code AC} and 32 hex digits
	 * @param authToken its auth token
	 */
	public FakeTwilio(String accountSid, String authToken) {
		super("fake-twilio");
		this.accountSid = Objects.requireNonNull(accountSid, "accountSid");
		this.authToken = Objects.requireNonNull(authToken, "authToken");
		this.messages = new TwilioMessages(this.lock, accountSid, authToken);
		start();
	}

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
	 * Answers the next request with a Twilio error, such as {@code failNext(400, 21610,
	 * "Attempt to send to unsubscribed recipient")}, and records no message. Faults queue
	 * up, one per request, whatever its method.
	 */
	public FakeTwilio failNext(int httpStatus, int twilioCode, String message) {
		if (httpStatus < 400 || httpStatus > 599) {
			throw new IllegalArgumentException("An error's status is 4xx or 5xx: " + httpStatus);
		}
		return enqueue(new TwilioFault.Failure(httpStatus, twilioCode, Objects.requireNonNull(message, "message")));
	}

	/**
	 * Closes the connection of the next request without an answer, as a network fault
	 * would.
	 */
	public FakeTwilio disconnectNext() {
		return enqueue(new TwilioFault.Disconnect());
	}

	/**
	 * Answers the next request as usual but only after a while; a message it creates is
	 * recorded when the answer is given, whether the client still waits or not.
	 */
	public FakeTwilio delayNext(Duration delay) {
		if (delay.isNegative()) {
			throw new IllegalArgumentException("delay must not be negative: " + delay);
		}
		return enqueue(new TwilioFault.Delay(delay));
	}

	/**
	 * The messages created, in order.
	 */
	public List<SentSms> messages() {
		return this.messages.sent();
	}

	/**
	 * How many messages were created.
	 */
	public int count() {
		return this.messages.count();
	}

	/**
	 * Waits up to ten seconds for at least {@code count} messages and returns all.
	 */
	public List<SentSms> awaitMessages(int count) {
		await().atMost(AWAIT).until(() -> messages().size() >= count);
		return messages();
	}

	/**
	 * Every request in the order they were answered, including refused and dropped ones.
	 */
	public List<TwilioCall> calls() {
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
			this.messages.clear();
			this.calls.clear();
		}
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

	@Override
	protected void handle(HttpExchange exchange) {
		try {
			String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
			String path = exchange.getRequestURI().getPath();
			String body = body(exchange);
			Map<String, String> params = new LinkedHashMap<>();
			decodeForm(exchange.getRequestURI().getRawQuery(), params::put);
			String contentType = Objects.toString(exchange.getRequestHeaders().getFirst("Content-Type"), "");
			if (contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
				decodeForm(body, params::put);
			}
			TwilioFault fault;
			synchronized (this.lock) {
				fault = this.faults.poll();
			}
			if (fault instanceof TwilioFault.Disconnect) {
				record(new TwilioCall(method, path, params, 0));
				return;
			}
			if (fault instanceof TwilioFault.Delay delay) {
				Thread.sleep(delay.duration().toMillis());
			}
			JsonAnswer answer = (fault instanceof TwilioFault.Failure failure)
					? TwilioMessages.error(failure.status(), failure.code(), failure.message()) : this.messages
						.answer(method, path, params, exchange.getRequestHeaders().getFirst("Authorization"));
			record(new TwilioCall(method, path, params, answer.status()));
			if (answer.status() == 401) {
				exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"Twilio API\"");
			}
			respond(exchange, answer.status(), answer.body(), "application/json; charset=utf-8");
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

	private FakeTwilio enqueue(TwilioFault fault) {
		synchronized (this.lock) {
			this.faults.add(fault);
		}
		return this;
	}

	private void record(TwilioCall call) {
		synchronized (this.lock) {
			this.calls.add(call);
		}
	}

}
