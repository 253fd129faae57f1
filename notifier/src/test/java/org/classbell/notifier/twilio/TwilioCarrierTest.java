package org.classbell.notifier.twilio;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.classbell.notifier.NodeProperties;
import org.classbell.notifier.dispatch.Outcome;
import org.classbell.notifier.dispatch.Outcome.Consequence;
import org.classbell.notifier.dispatch.Outgoing;
import org.classbell.notifier.outbox.Channel;
import org.classbell.notifier.outbox.NotificationId;
import org.classbell.store.GuardianId;
import org.classbell.store.SchoolId;
import org.classbell.store.school.SmsSender;
import org.classbell.testing.FakeTwilio;
import org.classbell.testing.SentSms;
import org.classbell.testing.TwilioCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

class TwilioCarrierTest {

	static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";

	static final String TOKEN = "0123456789abcdef0123456789abcdef";

	static final String FROM = "+15005550006";

	static final String SERVICE = "MG0123456789abcdef0123456789abcdef";

	static final String PARENT = "+79121234589";

	static final URI PUBLIC_URL = URI.create("https://bell.school1.ru");

	static final String ABSENCE = "Иван Петров отсутствовал сегодня на 3-м уроке (алгебра).";

	FakeTwilio twilio;

	TwilioCarrier carrier;

	@BeforeEach
	void start() {
		this.twilio = new FakeTwilio(ACCOUNT, TOKEN);
		this.carrier = carrier(FROM, null, PUBLIC_URL);
	}

	@AfterEach
	void stop() {
		this.carrier.close();
		this.twilio.close();
	}

	@Test
	void sendsTheMessageFromTheNumberWithADeliveryReportToThisNode() {
		Outcome outcome = this.carrier.send(sms(ABSENCE));

		SentSms sent = this.twilio.awaitMessages(1).get(0);
		assertThat(sent.to()).isEqualTo(PARENT);
		assertThat(sent.from()).isEqualTo(FROM);
		assertThat(sent.messagingServiceSid()).isNull();
		assertThat(sent.body()).isEqualTo(ABSENCE);
		assertThat(sent.statusCallback()).isEqualTo("https://bell.school1.ru/webhooks/twilio/status");
		assertThat(outcome).isEqualTo(new Outcome.Sent(sent.sid(), 1));
		assertThat(sent.sid()).matches("SM[0-9a-f]{32}");
		assertThat(this.twilio.calls()).singleElement()
			.satisfies(
					(call) -> assertThat(call.path()).isEqualTo("/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json"));
	}

	@Test
	void sendsThroughTheMessagingServiceWhenOneIsSet() {
		try (TwilioCarrier viaService = carrier(null, SERVICE, URI.create("https://bell.school1.ru/"))) {
			Outcome outcome = viaService.send(sms(ABSENCE));

			SentSms sent = this.twilio.awaitMessages(1).get(0);
			assertThat(sent.messagingServiceSid()).isEqualTo(SERVICE);
			assertThat(sent.from()).isNull();
			assertThat(sent.statusCallback()).isEqualTo("https://bell.school1.ru/webhooks/twilio/status");
			assertThat(outcome).isEqualTo(new Outcome.Sent(sent.sid(), 1));
		}
	}

	@Test
	void asksForNoDeliveryReportWithoutAPublicUrl() {
		try (TwilioCarrier withoutUrl = carrier(FROM, null, null)) {
			assertThat(withoutUrl.send(sms(ABSENCE))).isInstanceOf(Outcome.Sent.class);

			assertThat(this.twilio.awaitMessages(1).get(0).statusCallback()).isNull();
			assertThat(this.twilio.calls().get(0).params()).doesNotContainKey("StatusCallback");
		}
	}

	@Test
	void tellsTheSegmentsTwilioBilled() {
		String twoSegments = ABSENCE + " " + ABSENCE;

		assertThat(this.carrier.send(sms(twoSegments))).isEqualTo(new Outcome.Sent(sidOf(0), 2));
		assertThat(this.carrier.cost(sms(twoSegments))).isEqualTo(2);
	}

	@Test
	void estimatesSegmentsInGsmSevenAndUcsTwo() {
		assertThat(this.carrier.cost(sms("a".repeat(160)))).isEqualTo(1);
		assertThat(this.carrier.cost(sms("a".repeat(161)))).isEqualTo(2);
		assertThat(this.carrier.cost(sms("a\n".repeat(153)))).isEqualTo(2);
		assertThat(this.carrier.cost(sms("a".repeat(307)))).isEqualTo(3);
		assertThat(this.carrier.cost(sms("ж".repeat(70)))).isEqualTo(1);
		assertThat(this.carrier.cost(sms("ж".repeat(71)))).isEqualTo(2);
		assertThat(this.carrier.cost(sms("ж".repeat(135)))).isEqualTo(3);
	}

	@Test
	void retriesLaterWhenTwilioLimitsTheRate() {
		this.twilio.failNext(429, 20429, "Too Many Requests");

		assertThat(this.carrier.send(sms(ABSENCE)))
			.isEqualTo(new Outcome.Retry("Twilio 20429: Too Many Requests", null));
		assertThat(this.twilio.messages()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 500, 502, 503 })
	void retriesLaterOnAServerErrorAfterOneRequest(int status) {
		this.twilio.failNext(status, 20500, "Internal Server Error");

		Outcome outcome = this.carrier.send(sms(ABSENCE));

		assertThat(outcome).isInstanceOf(Outcome.Retry.class);
		assertThat(((Outcome.Retry) outcome).error()).isEqualTo("Twilio 20500: Internal Server Error");
		assertThat(this.twilio.calls()).hasSize(1);
		assertThat(this.twilio.messages()).isEmpty();
	}

	@Test
	void retriesLaterOnANetworkFaultAfterOneRequest() {
		this.twilio.disconnectNext();

		Outcome outcome = this.carrier.send(sms(ABSENCE));

		assertThat(outcome).isInstanceOf(Outcome.Retry.class);
		assertThat(((Outcome.Retry) outcome).error()).startsWith("Twilio unreachable: ").doesNotContain("79121234589");
		assertThat(this.twilio.calls()).extracting(TwilioCall::status).containsExactly(0);
	}

	@Test
	void retriesLaterWhenTheAnswerIsLateAndThenFindsTheMessageTwilioTook() {
		TwilioHttpClient impatient = new TwilioHttpClient(this.twilio.url(), Duration.ofSeconds(1),
				Duration.ofMillis(300));
		try (TwilioCarrier carrier = new TwilioCarrier(properties(FROM, null), new NodeProperties(PUBLIC_URL),
				impatient)) {
			this.twilio.delayNext(Duration.ofSeconds(1));
			Instant start = Instant.now();

			Outcome outcome = carrier.send(sms(ABSENCE));

			assertThat(outcome).isInstanceOf(Outcome.Retry.class);
			assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMillis(900));
			SentSms taken = this.twilio.awaitMessages(1).get(0);
			assertThat(carrier.find(sms(ABSENCE), start)).contains(new Outcome.Sent(taken.sid(), 1));
		}
	}

	@Test
	void marksAGuardianWhoRepliedStop() {
		this.twilio.failNext(400, 21610, "Attempt to send to unsubscribed recipient");

		assertThat(this.carrier.send(sms(ABSENCE)))
			.isEqualTo(new Outcome.Failed("Twilio 21610: recipient replied STOP", Consequence.OPTED_OUT));
	}

	@ParameterizedTest
	@ValueSource(ints = { 21211, 21614, 21217 })
	void marksANumberThatTakesNoSmsWithoutShowingIt(int code) {
		this.twilio.failNext(400, code, "The 'To' number " + PARENT + " is not a valid phone number.");

		Outcome outcome = this.carrier.send(sms(ABSENCE));

		assertThat(outcome).isEqualTo(
				new Outcome.Failed("Twilio " + code + ": The 'To' number +7912***89 is not a valid phone number.",
						Consequence.INVALID_NUMBER));
	}

	@Test
	void failsAMessageTwilioRefusesForGood() {
		assertThat(this.carrier.send(sms("")))
			.isEqualTo(new Outcome.Failed("Twilio 21602: Message body is required.", Consequence.NONE));
		this.twilio.failNext(400, 21408, "Permission to send an SMS has not been enabled for the region indicated by "
				+ "the 'To' number: 79121234589");

		Outcome outcome = this.carrier.send(sms(ABSENCE));

		assertThat(outcome).isEqualTo(new Outcome.Failed("Twilio 21408: Permission to send an SMS has not been enabled "
				+ "for the region indicated by the 'To' number: +7912***89", Consequence.NONE));
	}

	@Test
	void failsWithAClearErrorOnWrongCredentialsAfterOneRequest() {
		try (TwilioCarrier wrong = new TwilioCarrier(
				new TwilioProperties(ACCOUNT, "wrong", FROM, null, this.twilio.url()), new NodeProperties(null))) {
			Outcome outcome = wrong.send(sms(ABSENCE));

			assertThat(outcome).isInstanceOf(Outcome.Failed.class);
			Outcome.Failed failed = (Outcome.Failed) outcome;
			assertThat(failed.consequence()).isEqualTo(Consequence.NONE);
			assertThat(failed.error()).startsWith("Twilio 20003: Authenticate").contains("CLASSBELL_TWILIO_AUTH_TOKEN");
			assertThat(this.twilio.calls()).extracting(TwilioCall::status).containsExactly(401);
		}
	}

	@Test
	void findsTheMessageSentBeforeByItsBody() {
		Instant since = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Outcome.Sent sent = (Outcome.Sent) this.carrier.send(sms(ABSENCE));
		this.carrier.send(sms("Другой текст"));

		assertThat(this.carrier.find(sms(ABSENCE), since)).contains(sent);
		assertThat(this.carrier.find(sms("Ещё один текст"), since)).isEmpty();
		TwilioCall lookup = this.twilio.calls().get(2);
		assertThat(lookup.method()).isEqualTo("GET");
		assertThat(lookup.params()).containsEntry("To", PARENT)
			.containsEntry("DateSent>", DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
				.format(since.minus(Duration.ofDays(1)).atZone(ZoneOffset.UTC)));
		assertThat(this.carrier.canFind()).isTrue();
	}

	@Test
	void findsNoMessageOfAnotherSender() {
		try (TwilioCarrier other = carrier("+15005550001", null, PUBLIC_URL);
				TwilioCarrier viaService = carrier(null, SERVICE, PUBLIC_URL)) {
			Instant since = Instant.now();
			other.send(sms(ABSENCE));

			assertThat(this.carrier.find(sms(ABSENCE), since)).isEmpty();
			assertThat(viaService.find(sms(ABSENCE), since)).isEmpty();
			Outcome sent = viaService.send(sms(ABSENCE));
			assertThat(viaService.find(sms(ABSENCE), since)).contains((Outcome.Sent) sent);
		}
	}

	@Test
	void sendsASchoolsSmsFromItsOwnSenderAndFindsThemThere() {
		SmsSender number = new SmsSender("+15005550008", null);
		SmsSender service = new SmsSender(null, SERVICE);
		Instant since = Instant.now().truncatedTo(ChronoUnit.SECONDS);

		Outcome.Sent fromNumber = (Outcome.Sent) this.carrier.send(sms(ABSENCE, number));
		Outcome.Sent viaService = (Outcome.Sent) this.carrier.send(sms("Другой текст", service));

		assertThat(this.twilio.awaitMessages(2)).extracting(SentSms::from, SentSms::messagingServiceSid)
			.containsExactly(tuple("+15005550008", null), tuple(null, SERVICE));
		assertThat(this.carrier.sender(sms(ABSENCE, number))).isEqualTo("+15005550008");
		assertThat(this.carrier.sender(sms(ABSENCE, service))).isEqualTo(SERVICE);
		assertThat(this.carrier.sender(sms(ABSENCE))).isEqualTo(FROM);
		assertThat(this.carrier.find(sms(ABSENCE, number), since)).contains(fromNumber);
		assertThat(this.carrier.find(sms("Другой текст", service), since)).contains(viaService);
		assertThat(this.carrier.find(sms(ABSENCE), since)).as("not from the deployment's number").isEmpty();
	}

	@Test
	void findsNothingWhenTwilioFailsAfterOneRequest() {
		this.carrier.send(sms(ABSENCE));
		this.twilio.reset();
		this.twilio.failNext(503, 20503, "Service Unavailable");

		assertThat(this.carrier.find(sms(ABSENCE), Instant.now())).isEmpty();
		assertThat(this.twilio.calls()).hasSize(1);
		this.twilio.disconnectNext();
		assertThat(this.carrier.find(sms(ABSENCE), Instant.now())).isEmpty();
	}

	@Test
	void refusesToStartWhenTheChannelIsOff() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TwilioCarrier(properties(null, null), new NodeProperties(null)))
			.withMessageContaining("CLASSBELL_TWILIO_FROM");
	}

	@Test
	void masksPhoneNumbers() {
		assertThat(TwilioErrors.mask(PARENT)).isEqualTo("+7912***89");
		assertThat(TwilioErrors.mask("+12345")).isEqualTo("***45");
		assertThat(TwilioErrors.redact("to +79121234589 (79121234589)", PARENT))
			.isEqualTo("to +7912***89 (+7912***89)");
	}

	TwilioCarrier carrier(String from, String messagingServiceSid, URI publicUrl) {
		return new TwilioCarrier(properties(from, messagingServiceSid), new NodeProperties(publicUrl));
	}

	TwilioProperties properties(String from, String messagingServiceSid) {
		return new TwilioProperties(ACCOUNT, TOKEN, from, messagingServiceSid, this.twilio.url());
	}

	String sidOf(int index) {
		return this.twilio.awaitMessages(index + 1).get(index).sid();
	}

	static Outgoing sms(String body) {
		return new Outgoing(new NotificationId(42), Channel.SMS, PARENT, body, new SchoolId(1), new GuardianId(7), 1);
	}

	static Outgoing sms(String body, SmsSender school) {
		return new Outgoing(new NotificationId(42), Channel.SMS, PARENT, body, new SchoolId(1), new GuardianId(7), 1,
				List.of(), school);
	}

}
