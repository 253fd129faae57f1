package org.classbell.notifier.twilio;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.classbell.notifier.dispatch.ChannelsIntegrationTest;
import org.classbell.notifier.testing.Dispatching;
import org.classbell.testing.FakeTwilio;
import org.classbell.testing.LocalHttp;
import org.classbell.testing.LocalHttp.Answer;
import org.classbell.testing.SentSms;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twilio's callbacks over HTTP, signed as Twilio signs them: delivery reports, and the
 * keywords parents answer by SMS. A callback without the signature of this node's public
 * URL changes nothing.
 */
class TwilioWebhooksIntegrationTest extends ChannelsIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void recordsDeliveryReportsSignedByTwilioOnly() {
		praise(student("Алексеев", "Борис"), "дежурил");
		String sid = TWILIO.awaitMessages(1).get(0).sid();
		awaitStatus("sms", "sent");
		Map<String, String> report = Map.of("MessageSid", sid, "MessageStatus", "delivered", "AccountSid",
				TWILIO.accountSid());

		assertThat(twilio("/webhooks/twilio/status", report, "bad-signature").status()).isEqualTo(403);
		assertThat(twilio("/webhooks/twilio/status", report, null).status()).isEqualTo(403);
		assertThat(status()).isEqualTo("sent");

		assertThat(twilio("/webhooks/twilio/status", report, sign("/webhooks/twilio/status", report)).status())
			.isEqualTo(204);
		assertThat(status()).isEqualTo("delivered");
		Map<String, String> late = Map.of("MessageSid", sid, "MessageStatus", "failed", "ErrorCode", "30003");
		twilio("/webhooks/twilio/status", late, sign("/webhooks/twilio/status", late));
		assertThat(status()).isEqualTo("delivered");
	}

	@Test
	void answersKeywordsBySms() {
		assertThat(inbound(ALEKSEEVA_PHONE, "СТОП").body()).contains("<Message>Вы отписались от SMS школы");
		assertThat(count("select count(*) from guardian where phone = ? and opted_out_at is not null", ALEKSEEVA_PHONE))
			.isEqualTo(1);
		assertThat(inbound(ALEKSEEVA_PHONE, "STOP").body()).endsWith("<Response/>");
		assertThat(inbound(ALEKSEEVA_PHONE, "старт").body()).contains("SMS школы снова включены");
		assertThat(count("select count(*) from guardian where phone = ? and opted_out_at is null", ALEKSEEVA_PHONE))
			.isEqualTo(1);
		assertThat(inbound(ALEKSEEVA_PHONE, "Помощь").body()).contains("ОТЧЕТ — отчёт за неделю");
		assertThat(inbound("+79110000004", "HELP").body()).contains("REPORT: the week's report");

		assertThat(inbound("+79110000003", "ОТЧЁТ").body()).contains("ответьте ДА");
		assertThat(inbound("+79110000003", "Да").body()).contains("согласие на SMS записано");
		assertThat(this.jdbc.sql("select consent_source from guardian where phone = '+79110000003'")
			.query(String.class)
			.single()).isEqualTo("sms");

		assertThat(inbound(ALEKSEEVA_PHONE, "отчет пожалуйста").body()).endsWith("<Response/>");
		SentSms report = TWILIO.awaitMessages(1).get(0);
		assertThat(report.to()).isEqualTo(ALEKSEEVA_PHONE);
		assertThat(report.body()).startsWith("Борис (5А) 23.11-25.11\nПропусков нет.");

		assertThat(inbound("+79990000000", "ОТЧЕТ").body()).contains("нет в списках школы");
		assertThat(inbound(ALEKSEEVA_PHONE, "привет").body())
			.as("free text is a message to the class teacher, who linked no messenger here")
			.contains("Классному руководителю 5А пока нельзя написать");
		// a number with no question asked is no message for the teacher
		assertThat(inbound(ALEKSEEVA_PHONE, " 2 ").body()).contains("нет вопроса, на который можно ответить цифрой");

		Map<String, String> forged = Map.of("From", ALEKSEEVA_PHONE, "Body", "СТОП");
		assertThat(twilio("/webhooks/twilio/inbound", forged, sign("/webhooks/twilio/status", forged)).status())
			.isEqualTo(403);
		assertThat(count("select count(*) from guardian where phone = ? and opted_out_at is null", ALEKSEEVA_PHONE))
			.isEqualTo(1);
	}

	@Test
	void actsOnceOnAnSmsThatTwilioPostsAgain() {
		String sid = "SM" + "5".repeat(32);

		Answer first = inbound(sid, ALEKSEEVA_PHONE, "ОТЧЕТ");
		Answer again = inbound(sid, ALEKSEEVA_PHONE, "ОТЧЕТ");
		long reports = count("select count(*) from notification where kind = 'report'");
		Answer stop = inbound("SM" + "6".repeat(32), ALEKSEEVA_PHONE, "СТОП");
		long audit = count("select count(*) from audit_log");
		Answer stopAgain = inbound("SM" + "6".repeat(32), ALEKSEEVA_PHONE, "СТОП");

		assertThat(again.body()).isEqualTo(first.body());
		assertThat(reports).isEqualTo(1);
		assertThat(stopAgain.body()).isEqualTo(stop.body()).contains("Вы отписались от SMS школы");
		assertThat(count("select count(*) from audit_log")).isEqualTo(audit);
		Map<String, String> forgedSid = Map.of("From", ALEKSEEVA_PHONE, "Body", "СТОП", "MessageSid", "SM'; drop");
		assertThat(twilio("/webhooks/twilio/inbound", forgedSid, sign("/webhooks/twilio/inbound", forgedSid)).status())
			.isEqualTo(400);
		Map<String, String> withoutSid = Map.of("From", ALEKSEEVA_PHONE, "Body", "ПОМОЩЬ");
		assertThat(twilio("/webhooks/twilio/inbound", withoutSid, sign("/webhooks/twilio/inbound", withoutSid)).body())
			.contains("ОТЧЕТ");
	}

	@Test
	void aDeliveryReportPostedAgainChangesNothing() {
		praise(student("Алексеев", "Борис"), "помог однокласснику");
		awaitStatus("sms", "sent");
		String sid = TWILIO.awaitMessages(1).get(0).sid();
		Map<String, String> failed = Map.of("MessageSid", sid, "MessageStatus", "undelivered", "ErrorCode", "30003",
				"AccountSid", TWILIO.accountSid());

		twilio("/webhooks/twilio/status", failed, sign("/webhooks/twilio/status", failed));
		String error = this.jdbc.sql("select error from notification").query(String.class).single();
		long audit = count("select count(*) from audit_log");
		twilio("/webhooks/twilio/status", failed, sign("/webhooks/twilio/status", failed));

		assertThat(status()).isEqualTo("failed");
		assertThat(this.jdbc.sql("select error from notification").query(String.class).single()).isEqualTo(error);
		assertThat(count("select count(*) from audit_log")).isEqualTo(audit);
	}

	private String status() {
		return this.jdbc.sql("select status from notification").query(String.class).single();
	}

	private Answer inbound(String from, String body) {
		return inbound("SM" + Long.toHexString(System.nanoTime()), from, body);
	}

	private Answer inbound(String sid, String from, String body) {
		Map<String, String> form = Map.of("From", from, "To", Dispatching.SENDER, "Body", body, "MessageSid", sid,
				"AccountSid", TWILIO.accountSid());
		Answer answer = twilio("/webhooks/twilio/inbound", form, sign("/webhooks/twilio/inbound", form));
		assertThat(answer.status()).isEqualTo(200);
		return answer;
	}

	private String sign(String path, Map<String, String> form) {
		return FakeTwilio.signature(TWILIO.authToken(), Dispatching.PUBLIC_URL + path, form);
	}

	/**
	 * Posts a form to one of Twilio's webhooks, as Twilio would, with the signature
	 * unless it is {@code null}.
	 */
	private Answer twilio(String path, Map<String, String> form, String signature) {
		String body = form.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return LocalHttp.post(URI.create("http://localhost:" + this.port + path), "application/x-www-form-urlencoded",
				body, "X-Twilio-Signature", signature);
	}

}
