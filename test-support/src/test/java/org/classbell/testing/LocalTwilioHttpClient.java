package org.classbell.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * The Twilio SDK's stock HTTP client, made to send every request to a local server in
 * place of {@code https://api.twilio.com}, keeping the path and query the SDK built.
 */
final class LocalTwilioHttpClient extends NetworkHttpClient implements AutoCloseable {

	private final URI base;

	LocalTwilioHttpClient(URI base) {
		this.base = base;
	}

	@Override
	public Response makeRequest(Request request) {
		URL stock = request.constructURL();
		String query = (stock.getQuery() != null) ? "?" + stock.getQuery() : "";
		try {
			return super.makeRequest(new Local(request, URI.create(this.base + stock.getPath() + query).toURL()));
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.client.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A copy of an SDK request that goes to a fixed URL.
	 */
	private static final class Local extends Request {

		private final URL url;

		Local(Request original, URL url) {
			super(original.getMethod(), url.toString());
			this.url = url;
			original.getQueryParams().forEach((name, values) -> values.forEach((value) -> addQueryParam(name, value)));
			original.getPostParams().forEach((name, values) -> values.forEach((value) -> addPostParam(name, value)));
			original.getHeaderParams()
				.forEach((name, values) -> values.forEach((value) -> addHeaderParam(name, value)));
			setContentType(original.getContentType());
			setBody(original.getBody());
			if (original.getAuthStrategy() != null) {
				setAuth(original.getAuthStrategy());
			}
			else if (original.requiresAuthentication()) {
				setAuth(original.getUsername(), original.getPassword());
			}
		}

		@Override
		public URL constructURL() {
			return this.url;
		}

	}

}
