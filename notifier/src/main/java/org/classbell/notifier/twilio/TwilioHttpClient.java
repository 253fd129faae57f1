package org.classbell.notifier.twilio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The Twilio SDK's HTTP client made to send every request to a configured base URL (a
 * local stand-in in tests, a proxy), to make exactly one attempt per call, and to give up
 * on a silent server sooner. With {@link #TWILIO_API} it sends where the stock client
 * does.
 * <p>
 * The SDK retries a 5xx answer three times by itself, which would hide faults from the
 * dispatcher and multiply a message Twilio might have taken; here it never retries, and
 * neither does Apache HttpClient, so the dispatcher's persisted backoff is the only one.
 */
public class TwilioHttpClient extends NetworkHttpClient implements AutoCloseable {

	/**
	 * Where the SDK sends its requests.
	 */
	public static final URI TWILIO_API = URI.create("https://api.twilio.com");

	/**
	 * How long to wait for a connection to be made.
	 */
	public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	/**
	 * How long to wait for an answer once the request is sent.
	 */
	public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(15);

	private static final int[] NO_RETRY_CODES = {};

	private final URI apiUrl;

	private final boolean redirected;

	/**
	 * A client that sends to the given base URL with the default timeouts.
	 * @param apiUrl the REST API's base, such as {@code http://127.0.0.1:41234}
	 */
	public TwilioHttpClient(URI apiUrl) {
		this(apiUrl, CONNECT_TIMEOUT, RESPONSE_TIMEOUT);
	}

	/**
	 * A client that sends to the given base URL.
	 * @param apiUrl the REST API's base, such as {@code http://127.0.0.1:41234}
	 * @param connectTimeout how long to wait for a connection
	 * @param responseTimeout how long to wait for an answer
	 */
	public TwilioHttpClient(URI apiUrl, Duration connectTimeout, Duration responseTimeout) {
		super(apacheClient(connectTimeout, responseTimeout));
		this.apiUrl = checked(apiUrl);
		this.redirected = !isTwilio(this.apiUrl);
	}

	/**
	 * The base URL requests go to.
	 */
	public URI apiUrl() {
		return this.apiUrl;
	}

	/**
	 * One attempt, whatever the answer.
	 */
	@Override
	public Response reliableRequest(Request request) {
		return super.reliableRequest(request, NO_RETRY_CODES, 1, 0);
	}

	/**
	 * One attempt, whatever the answer: the retry codes and count are ignored.
	 */
	@Override
	public Response reliableRequest(Request request, int[] retryCodes, int retries, long delayMillis) {
		return super.reliableRequest(request, NO_RETRY_CODES, 1, 0);
	}

	@Override
	public Response makeRequest(Request request) {
		return super.makeRequest(target(request));
	}

	/**
	 * The request as it is sent: the same one when the base is Twilio's, else a copy
	 * whose URL has the base's scheme, host and port (and path prefix) and keeps the path
	 * and query the SDK built.
	 */
	Request target(Request request) {
		if (!this.redirected) {
			return request;
		}
		URL stock = request.constructURL();
		String base = this.apiUrl.toString().replaceFirst("/+$", "");
		String query = (stock.getQuery() != null) ? "?" + stock.getQuery() : "";
		try {
			return new Redirected(request, URI.create(base + stock.getPath() + query).toURL());
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException("Cannot send " + stock.getPath() + " to " + base, ex);
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

	private static HttpClientBuilder apacheClient(Duration connectTimeout, Duration responseTimeout) {
		Timeout connect = Timeout.of(connectTimeout);
		Timeout response = Timeout.of(responseTimeout);
		ConnectionConfig connection = ConnectionConfig.custom()
			.setConnectTimeout(connect)
			.setSocketTimeout(response)
			.setValidateAfterInactivity(TimeValue.ofSeconds(2))
			.build();
		// No connect timeout here, so that the connection's applies.
		RequestConfig timeouts = RequestConfig.custom()
			.setConnectionRequestTimeout(connect)
			.setResponseTimeout(response)
			.setConnectionKeepAlive(TimeValue.ofMinutes(1))
			.build();
		return HttpClientBuilder.create()
			.useSystemProperties()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDefaultConnectionConfig(connection)
				.setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(response).setSoKeepAlive(true).build())
				.setMaxConnPerRoute(20)
				.setMaxConnTotal(100)
				.build())
			.disableAutomaticRetries()
			// Twilio's REST API sets no cookies, answers small JSON and does not
			// redirect:
			// leaving these out saves work on every message
			.disableCookieManagement()
			.disableContentCompression()
			.disableRedirectHandling()
			// The SDK sets its own request config (30.5 s to connect) on every request;
			// ours replaces it before the connection is made.
			.addExecInterceptorFirst("classbell-timeouts", (request, scope, chain) -> {
				scope.clientContext.setRequestConfig(timeouts);
				return chain.proceed(request, scope);
			});
	}

	private static URI checked(URI apiUrl) {
		Objects.requireNonNull(apiUrl, "apiUrl");
		String scheme = Objects.toString(apiUrl.getScheme(), "").toLowerCase(Locale.ROOT);
		if (!(scheme.equals("http") || scheme.equals("https")) || apiUrl.getHost() == null
				|| apiUrl.getRawQuery() != null || apiUrl.getRawFragment() != null) {
			throw new IllegalArgumentException(
					"The Twilio API URL must be an http(s) base without query, such as " + TWILIO_API + ": " + apiUrl);
		}
		return apiUrl;
	}

	private static boolean isTwilio(URI apiUrl) {
		String path = Objects.toString(apiUrl.getRawPath(), "");
		return apiUrl.getScheme().equalsIgnoreCase(TWILIO_API.getScheme())
				&& apiUrl.getHost().equalsIgnoreCase(TWILIO_API.getHost())
				&& (apiUrl.getPort() == -1 || apiUrl.getPort() == 443) && (path.isEmpty() || path.equals("/"))
				&& apiUrl.getRawUserInfo() == null;
	}

	/**
	 * A copy of an SDK request that goes to a fixed URL.
	 */
	private static final class Redirected extends Request {

		private final URL url;

		Redirected(Request original, URL url) {
			super(original.getMethod(), url.toString());
			this.url = url;
			original.getQueryParams().forEach((name, values) -> values.forEach((value) -> addQueryParam(name, value)));
			original.getPostParams().forEach((name, values) -> values.forEach((value) -> addPostParam(name, value)));
			original.getHeaderParams()
				.forEach((name, values) -> values.forEach((value) -> addHeaderParam(name, value)));
			setFormParameters(original.getFormParameters());
			setContentType(original.getContentType());
			setBody(original.getBody());
			setUserAgentExtensions(original.getUserAgentExtensions());
			if (original.getAuthStrategy() != null) {
				setAuth(original.getAuthStrategy());
			}
			else if (original.requiresAuthentication()) {
				setAuth(original.getUsername(), original.getPassword());
			}
		}

		/**
		 * The URL as given: the query is in it already, and the host is not to be
		 * rewritten for a Twilio region or edge.
		 */
		@Override
		public URL constructURL() {
			return this.url;
		}

	}

}
