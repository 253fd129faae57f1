package org.classbell.notifier.twilio;

import java.net.URI;

import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.rest.Domains;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TwilioHttpClientTest {

	static final String MESSAGES = "/2010-04-01/Accounts/AC0123/Messages.json";

	@Test
	void sendsToTwilioAsTheStockClientDoes() {
		for (String twilio : new String[] { "https://api.twilio.com", "https://API.twilio.com/",
				"https://api.twilio.com:443" }) {
			try (TwilioHttpClient client = new TwilioHttpClient(URI.create(twilio))) {
				Request request = listing();

				assertThat(client.target(request)).isSameAs(request);
			}
		}
	}

	@Test
	void sendsElsewhereKeepingPathQueryAndEverythingElse() {
		try (TwilioHttpClient client = new TwilioHttpClient(URI.create("http://127.0.0.1:8089"))) {
			Request request = listing();
			request.setRegion("ie1");
			request.addPostParam("Body", "Привет");
			request.addHeaderParam("X-Test", "yes");

			Request target = client.target(request);

			String stock = request.constructURL().toString();
			assertThat(stock).startsWith("https://api.ie1.twilio.com" + MESSAGES + "?");
			assertThat(target.constructURL().toString())
				.isEqualTo(stock.replace("https://api.ie1.twilio.com", "http://127.0.0.1:8089"));
			assertThat(target.getMethod()).isEqualTo(HttpMethod.GET);
			assertThat(target.getAuthString()).isEqualTo(request.getAuthString());
			assertThat(target.getPostParams()).isEqualTo(request.getPostParams());
			assertThat(target.getHeaderParams()).isEqualTo(request.getHeaderParams());
		}
	}

	@Test
	void keepsThePathOfTheBase() {
		try (TwilioHttpClient client = new TwilioHttpClient(
				URI.create("http://proxy.internal.example.com:8080/twilio/"))) {
			assertThat(client.target(listing()).constructURL().toString())
				.startsWith("http://proxy.internal.example.com:8080/twilio" + MESSAGES + "?");
		}
	}

	@Test
	void refusesWhatIsNoHttpBase() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TwilioHttpClient(URI.create("ftp://127.0.0.1")));
		assertThatIllegalArgumentException().isThrownBy(() -> new TwilioHttpClient(URI.create("127.0.0.1:8089")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TwilioHttpClient(URI.create("http://127.0.0.1:8089/?x=1")));
	}

	static Request listing() {
		Request request = new Request(HttpMethod.GET, Domains.API.toString(), MESSAGES);
		request.setAuth("AC0123", "token");
		request.addQueryParam("To", "+79121234589");
		request.addQueryParam("DateSent>", "2026-11-24T05:31:18");
		return request;
	}

}
