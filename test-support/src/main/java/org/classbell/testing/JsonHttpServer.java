package org.classbell.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server on a free port of 127.0.0.1 that answers with JSON, on the JDK's
 * {@link HttpServer} with daemon threads: the base of the stand-ins for the providers'
 * APIs.
 */
public abstract class JsonHttpServer implements AutoCloseable {

	static final ObjectMapper JSON = new ObjectMapper();

	static final String HOST = "127.0.0.1";

	private final HttpServer server;

	private final ExecutorService executor;

	/**
	 * Binds a server whose threads are named after {@code threadName}; it answers once
	 * the subclass calls {@link #start()}.
	 */
	protected JsonHttpServer(String threadName) {
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newCachedThreadPool((runnable) -> {
			Thread thread = new Thread(runnable, threadName + "-" + threads.incrementAndGet());
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
	}

	/**
	 * Starts answering every path with {@link #handle(HttpExchange)}: the last step of a
	 * subclass's constructor.
	 */
	protected final void start() {
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	/**
	 * Answers one request, and closes the exchange.
	 */
	protected abstract void handle(HttpExchange exchange);

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
	 * Stops the server at once.
	 */
	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	/**
	 * The request body as UTF-8 text.
	 */
	protected static String body(HttpExchange exchange) throws IOException {
		return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
	}

	/**
	 * Sends a JSON answer.
	 */
	protected static void respond(HttpExchange exchange, int status, JsonNode body, String contentType)
			throws IOException {
		byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	/**
	 * Decodes the pairs of a query string or form body ({@code a=1&b=2}), none when it is
	 * {@code null} or empty.
	 */
	static void decodeForm(String form, BiConsumer<String, String> pairs) {
		if (form == null || form.isEmpty()) {
			return;
		}
		for (String pair : form.split("&")) {
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			pairs.accept(URLDecoder.decode(name, StandardCharsets.UTF_8),
					URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
	}

}
