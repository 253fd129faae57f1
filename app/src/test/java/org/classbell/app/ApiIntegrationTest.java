package org.classbell.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.classbell.store.testing.DatabaseTest;
import org.classbell.store.testing.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * An integration test of the running application over real HTTP, on the test database,
 * with a clock the test controls, a known admin token and a known metrics token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "classbell.admin.token=" + ApiIntegrationTest.TOKEN,
				"classbell.metrics.token=" + ApiIntegrationTest.METRICS_TOKEN,
				"classbell.home=${java.io.tmpdir}/classbell-test-${random.uuid}", "classbell.school.name=Школа №1",
				"classbell.notifier.dispatch.enabled=false", "classbell.reports.scheduled=false" })
@DatabaseTest
@Import(ApiIntegrationTest.TestClock.class)
public abstract class ApiIntegrationTest {

	public static final String TOKEN = "test-admin-token-0123456789";

	/** The token that reads {@code /actuator/prometheus} only. */
	public static final String METRICS_TOKEN = "test-metrics-token-9876543210";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	protected int port;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected JsonMapper json;

	protected Response post(String path, String contentType, byte[] body, String... headers) {
		HttpRequest.Builder request = request(path, headers).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		return send(request);
	}

	protected Response post(String path, String contentType, String body, String... headers) {
		return post(path, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
	}

	/**
	 * Posts as the admin: with the admin token.
	 */
	protected Response postAsAdmin(String path, String contentType, String body, String... headers) {
		return post(path, contentType, body, withToken(headers));
	}

	protected Response postAsAdmin(String path, String contentType, byte[] body, String... headers) {
		return post(path, contentType, body, withToken(headers));
	}

	protected Response put(String path, String contentType, String body, String... headers) {
		return send(request(path, headers).header("Content-Type", contentType)
			.PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	/**
	 * Puts as the admin: with the admin token.
	 */
	protected Response putAsAdmin(String path, String contentType, String body, String... headers) {
		return put(path, contentType, body, withToken(headers));
	}

	protected Response get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	/**
	 * Sends a request of any method, with a body where one is given.
	 */
	protected Response send(String method, String path, String contentType, String body, String... headers) {
		HttpRequest.Builder request = request(path, headers);
		if (body == null) {
			return send(request.method(method, HttpRequest.BodyPublishers.noBody()));
		}
		return send(request.header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	/**
	 * The headers that carry a bearer token.
	 */
	protected static String[] bearer(String token) {
		return new String[] { "Authorization", "Bearer " + token };
	}

	private static String[] withToken(String[] headers) {
		String[] all = new String[headers.length + 2];
		all[0] = "Authorization";
		all[1] = "Bearer " + TOKEN;
		System.arraycopy(headers, 0, all, 2, headers.length);
		return all;
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return request;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = HTTP.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""), this.json);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An HTTP answer.
	 */
	public record Response(int status, String body, String contentType, JsonMapper mapper) {

		public JsonNode json() {
			return this.mapper.readTree(this.body);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock();
		}

	}

}
