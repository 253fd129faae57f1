package org.classbell.notifier.polls;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.classbell.notifier.dispatch.ChannelsIntegrationTest;
import org.classbell.notifier.testing.Dispatching;
import org.classbell.store.roster.Classes;
import org.classbell.store.roster.SchoolClass;
import org.classbell.testing.FakeTwilio;
import org.classbell.testing.LocalHttp;
import org.classbell.testing.LocalHttp.Answer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A poll by SMS, over Twilio's signed callbacks: the parent gets the options numbered and
 * answers with a number; a number the poll has no option for is told which it has, a text
 * that is no number is no answer.
 */
class PollSmsIntegrationTest extends ChannelsIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	PollAsking asking;

	@Autowired
	Classes classes;

	@Test
	void recordsTheNumberAParentAnswersBySms() {
		ask(false, "Когда удобно собрание?", List.of("Вт 18:00", "Чт 18:00", "Сб 11:00"));
		assertThat(smsTo(ALEKSEEVA_PHONE)).isEqualTo(
				"Опрос 5А: Когда удобно собрание? Ответьте цифрой: 1 - Вт 18:00, 2 - Чт 18:00, 3 - Сб 11:00. До 28.11 20:00.");

		assertThat(reply(ALEKSEEVA_PHONE, "2"))
			.isEqualTo("Спасибо, ответ записан: Чт 18:00. Изменить его можно до 28.11 20:00, прислав другую цифру.");
		assertThat(options()).containsExactly("sms {2}");
		assertThat(reply(ALEKSEEVA_PHONE, "7")).isEqualTo("Такого варианта нет. Ответьте одной цифрой от 1 до 3.");
		assertThat(reply(ALEKSEEVA_PHONE, "1 3")).isEqualTo("Такого варианта нет. Ответьте одной цифрой от 1 до 3.");
		assertThat(options()).containsExactly("sms {2}");
		assertThat(reply(ALEKSEEVA_PHONE, " 3 ")).startsWith("Спасибо, ответ записан: Сб 11:00.");
		assertThat(options()).containsExactly("sms {3}");
		assertThat(reply(ALEKSEEVA_PHONE, "Спасибо, будем")).as("no number: no answer, a message for the class teacher")
			.startsWith("Классному руководителю 5А пока нельзя написать");

		this.clock.set(Instant.parse("2026-11-28T17:00:00Z"));
		assertThat(reply(ALEKSEEVA_PHONE, "1"))
			.isEqualTo("Сейчас нет вопроса, на который можно ответить цифрой. ПОМОЩЬ — справка.");
		assertThat(options()).containsExactly("sms {3}");
	}

	@Test
	void takesSeveralNumbersForAPollOfSeveralChoices() {
		ask(true, "Что принести?", List.of("Торт", "Чай", "Фрукты"));
		assertThat(smsTo(ALEKSEEVA_PHONE)).contains("Ответьте цифрами через пробел: 1 - Торт");

		assertThat(reply(ALEKSEEVA_PHONE, "1, 3")).startsWith("Спасибо, ответ записан: Торт; Фрукты.");
		assertThat(reply(ALEKSEEVA_PHONE, "0"))
			.isEqualTo("Такого варианта нет. Ответьте цифрами от 1 до 3 через пробел.");
		assertThat(options()).containsExactly("sms {1,3}");
	}

	private void ask(boolean multiple, String question, List<String> options) {
		SchoolClass schoolClass = this.classes.match(this.school.id(), "5А").found().orElseThrow();
		this.transactions.executeWithoutResult((status) -> this.asking.ask(this.school.staffMember("Соколова Елена"),
				schoolClass, new PollAsking.Question(question, options, false, multiple),
				Instant.parse("2026-11-28T17:00:00Z"), this.clock.instant()));
	}

	/**
	 * The poll as the SMS to this phone has it (Петрова, also asked by SMS, gets hers in
	 * English).
	 */
	private String smsTo(String phone) {
		return TWILIO.awaitMessages(2)
			.stream()
			.filter((sms) -> sms.to().equals(phone))
			.findFirst()
			.orElseThrow()
			.body();
	}

	private List<String> options() {
		return this.jdbc.sql("select channel || ' ' || cast(options as text) from poll_answer")
			.query(String.class)
			.list();
	}

	/**
	 * What the school's number answers an SMS with, posted as Twilio posts it.
	 */
	private String reply(String from, String body) {
		Map<String, String> form = Map.of("From", from, "To", Dispatching.SENDER, "Body", body, "MessageSid",
				"SM" + Long.toHexString(System.nanoTime()), "AccountSid", TWILIO.accountSid());
		String encoded = form.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		Answer answer = LocalHttp.post(URI.create("http://localhost:" + this.port + "/webhooks/twilio/inbound"),
				"application/x-www-form-urlencoded", encoded, "X-Twilio-Signature",
				FakeTwilio.signature(TWILIO.authToken(), Dispatching.PUBLIC_URL + "/webhooks/twilio/inbound", form));
		assertThat(answer.status()).isEqualTo(200);
		String xml = answer.body();
		return xml.contains("<Message>") ? xml.substring(xml.indexOf("<Message>") + 9, xml.indexOf("</Message>")) : "";
	}

}
