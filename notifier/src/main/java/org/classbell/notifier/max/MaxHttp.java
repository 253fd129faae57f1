package org.classbell.notifier.max;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side of {@link MaxApi}: calls with the token in the {@code Authorization}
 * header and JSON bodies, MAX's errors turned into {@link MaxApiException}s without the
 * token, and the multipart upload of a file.
 */
final class MaxHttp {

	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

	static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

	private static final String JSON_TYPE = "application/json";

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

	private final JsonMapper json;

	private final String baseUrl;

	private final String token;

	MaxHttp(URI baseUrl, String token, JsonMapper json) {
		if (baseUrl.getScheme() == null || baseUrl.getHost() == null) {
			throw new IllegalArgumentException("The MAX Bot API base URL must be absolute, not " + baseUrl);
		}
		if (token == null || token.isBlank()) {
			throw new IllegalArgumentException("A MAX bot token is needed");
		}
		this.baseUrl = baseUrl.toString().replaceFirst("/+$", "");
		this.token = token;
		this.json = json;
	}

	/**
	 * Calls a method of the Bot API.
	 * @param method the HTTP method
	 * @param path such as {@code /messages}
	 * @param query the query's parameters, in order; those whose value is {@code null}
	 * are left out
	 * @param body the JSON body, {@code null} for none
	 * @param timeout how long the whole call may take
	 * @return the JSON answer
	 */
	JsonNode call(String method, String path, Map<String, Object> query, JsonNode body, Duration timeout)
			throws MaxApiException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path + query(query)))
			.timeout(timeout)
			.header("Authorization", this.token)
			.header("Accept", JSON_TYPE);
		if (body != null) {
			request.header("Content-Type", JSON_TYPE)
				.method(method, HttpRequest.BodyPublishers.ofByteArray(this.json.writeValueAsBytes(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return exchange(request.build(), method + " " + path);
	}

	/**
	 * Posts a file as the form field {@code data} to an upload URL that {@code POST
	 * /uploads} gave; without the token, which that URL does not need.
	 */
	JsonNode upload(URI url, String fileName, byte[] content) throws MaxApiException {
		String boundary = "classbell-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 256);
		String safeName = fileName.replaceAll("[\"\\r\\n\\\\]", "_");
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + safeName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(CALL_TIMEOUT)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", JSON_TYPE)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return exchange(request, "POST (upload of " + safeName + ")");
	}

	private JsonNode exchange(HttpRequest request, String what) throws MaxApiException {
		HttpResponse<byte[]> response;
		try {
			response = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new MaxApiException(0, null, safe(what + ": MAX could not be reached: " + ex), null, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MaxApiException(0, null, what + ": interrupted while waiting for MAX", null, ex);
		}
		int status = response.statusCode();
		JsonNode answer = parse(response.body());
		if (status >= 200 && status < 300) {
			if (answer == null) {
				throw new MaxApiException(status, null, what + ": MAX answered " + status + " with what is not JSON",
						null, null);
			}
			return answer;
		}
		String code = (answer != null) ? text(answer, "code") : null;
		String message = (answer != null) ? text(answer, "message") : null;
		throw new MaxApiException(
				status, code, (message != null) ? safe(message) : null, safe(what + ": MAX answered " + status
						+ ((code != null) ? " " + code : "") + ((message != null) ? ": " + message : "")),
				retryAfter(response), null);
	}

	/**
	 * The message with the token masked, should MAX or the JDK ever repeat it.
	 */
	String safe(String message) {
		return message.replace(this.token, "***");
	}

	private JsonNode parse(byte[] body) {
		if (body.length == 0) {
			return this.json.createObjectNode();
		}
		try {
			JsonNode node = this.json.readTree(body);
			return (node != null && node.isObject()) ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static Duration retryAfter(HttpResponse<?> response) {
		Optional<String> header = response.headers().firstValue("Retry-After");
		if (header.isEmpty()) {
			return null;
		}
		try {
			long seconds = Long.parseLong(header.get().trim());
			return (seconds >= 0) ? Duration.ofSeconds(seconds) : null;
		}
		catch (NumberFormatException ex) {
			// an HTTP date, which MAX does not send: no hint
			return null;
		}
	}

	static String text(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static String query(Map<String, Object> parameters) {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		parameters.forEach((name, value) -> {
			if (value != null) {
				query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
			}
		});
		return query.toString();
	}

}
