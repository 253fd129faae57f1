package org.classbell.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Posts to the application under test over real HTTP, as Telegram or Twilio would call
 * its webhooks.
 */
public final class LocalHttp {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private LocalHttp() {
	}

	/**
	 * Posts the body with its content type and the given headers (name, value, ...); a
	 * header whose value is {@code null} is left out.
	 */
	public static Answer post(URI uri, String contentType, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		for (int i = 0; i < headers.length; i += 2) {
			if (headers[i + 1] != null) {
				request.header(headers[i], headers[i + 1]);
			}
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.body());
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
	 * An HTTP answer: its status and body.
	 */
	public record Answer(int status, String body) {

	}

}
