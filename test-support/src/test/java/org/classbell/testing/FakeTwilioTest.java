package org.classbell.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.security.RequestValidator;
import com.twilio.type.PhoneNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The real Twilio SDK calling {@link FakeTwilio}: messages it can read, Twilio's paging,
 * credentials and errors; and webhook signatures that Twilio's validator accepts.
 */
class FakeTwilioTest {

	static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";

	static final String TOKEN = "0123456789abcdef0123456789abcdef";

	static final PhoneNumber PARENT = new PhoneNumber("+79121234589");

	static final PhoneNumber FROM = new PhoneNumber("+15005550006");

	FakeTwilio twilio;

	LocalTwilioHttpClient http;

	@BeforeEach
	void start() {
		this.twilio = new FakeTwilio(ACCOUNT, TOKEN);
		this.http = new LocalTwilioHttpClient(this.twilio.url());
	}

	@AfterEach
	void stop() {
		this.http.close();
		this.twilio.close();
	}

	@Test
	void signsWebhooksAsTwilioDoes() {
		String url = "https://bell.school1.ru/webhooks/twilio/status";
		Map<String, String> params = Map.of("MessageSid", "SM0123456789abcdef0123456789abcdef", "MessageStatus",
				"delivered", "To", "+79121234589", "Body", "Иван отсутствовал", "AccountSid", ACCOUNT);

		String signature = FakeTwilio.signature(TOKEN, url, params);

		RequestValidator validator = new RequestValidator(TOKEN);
		assertThat(validator.validate(url, params, signature)).isTrue();
		assertThat(validator.validate(url + "?x=1", params, signature)).isFalse();
		assertThat(new RequestValidator("other").validate(url, params, signature)).isFalse();
		assertThat(validator.validate(url, Map.of(), FakeTwilio.signature(TOKEN, url, null))).isTrue();
	}

	@Test
	void givesTheSdkMessagesItCanRead() {
		Message sent = Message.creator(PARENT, FROM, "Привет").create(client(TOKEN));

		assertThat(sent.getSid()).isEqualTo(this.twilio.messages().get(0).sid());
		assertThat(sent.getAccountSid()).isEqualTo(ACCOUNT);
		assertThat(sent.getTo()).isEqualTo(PARENT.getEndpoint());
		assertThat(sent.getFrom()).isEqualTo(FROM);
		assertThat(sent.getBody()).isEqualTo("Привет");
		assertThat(sent.getStatus()).isEqualTo(Message.Status.QUEUED);
		assertThat(sent.getDirection()).isEqualTo(Message.Direction.OUTBOUND_API);
		assertThat(sent.getNumSegments()).isEqualTo("1");
		assertThat(sent.getDateCreated()).isNotNull();
		assertThat(sent.getDateSent()).isEqualTo(this.twilio.messages().get(0).dateSent());
	}

	@Test
	void pagesThroughMessagesNewestFirst() {
		TwilioRestClient client = client(TOKEN);
		for (int i = 1; i <= 5; i++) {
			Message.creator(PARENT, FROM, "Сообщение " + i).create(client);
		}
		Message.creator(new PhoneNumber("+79120000000"), FROM, "Другому").create(client);

		List<String> bodies = new ArrayList<>();
		Message.reader().setTo(PARENT).pageSize(2).read(client).forEach((message) -> bodies.add(message.getBody()));

		assertThat(bodies).containsExactly("Сообщение 5", "Сообщение 4", "Сообщение 3", "Сообщение 2", "Сообщение 1");
		assertThat(this.twilio.calls()).filteredOn((call) -> call.method().equals("GET"))
			.extracting((call) -> call.params().get("Page"))
			.containsExactly(null, "1", "2");
	}

	@Test
	void refusesWrongCredentialsAsTwilioDoes() {
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> Message.creator(PARENT, FROM, "Привет").create(client("wrong")))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo(20003);
				assertThat(ex.getStatusCode()).isEqualTo(401);
				assertThat(ex.getMessage()).isEqualTo("Authenticate");
			});
		assertThat(this.twilio.messages()).isEmpty();
		assertThat(this.twilio.calls()).extracting(TwilioCall::status).containsExactly(401);
	}

	@Test
	void failsTheNextRequestOnly() {
		this.twilio.failNext(400, 21610, "Attempt to send to unsubscribed recipient");
		TwilioRestClient client = client(TOKEN);

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> Message.creator(PARENT, FROM, "Привет").create(client))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(21610));
		Message.creator(PARENT, FROM, "Привет").create(client);

		assertThat(this.twilio.awaitMessages(1)).hasSize(1);
		this.twilio.reset();
		assertThat(this.twilio.messages()).isEmpty();
		assertThat(this.twilio.calls()).isEmpty();
	}

	TwilioRestClient client(String authToken) {
		return new TwilioRestClient.Builder(ACCOUNT, authToken).httpClient(this.http).build();
	}

}
