package org.classbell.bot.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server that speaks the Telegram Bot API
 * ({@code POST /bot<token>/<method>}, JSON, method names in any case) with the answers a
 * test sets, and records every call.
 */
public final class FakeBotApi implements AutoCloseable {

	private final HttpServer server;

	private final String token;

	private final Map<String, String> results = new ConcurrentHashMap<>();

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	public FakeBotApi(String token) {
		this.token = token;
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	public URI url() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	/**
	 * Answers calls of a method with {@code {"ok": true, "result": <json>}}.
	 */
	public FakeBotApi answer(String method, String resultJson) {
		this.results.put(method.toLowerCase(Locale.ROOT), resultJson);
		return this;
	}

	public List<Call> calls() {
		return List.copyOf(this.calls);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String prefix = "/bot" + this.token + "/";
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
		this.calls.add(new Call(method, body));
		if (!path.startsWith(prefix)) {
			respond(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
			return;
		}
		String result = this.results.get(method);
		if (result == null) {
			respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method not found\"}");
			return;
		}
		respond(exchange, 200, "{\"ok\":true,\"result\":" + result + "}");
	}

	private static void respond(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * One call of the Bot API: the method in lower case and the request body.
	 */
	public record Call(String method, String body) {

	}

}
