package org.classbell.notifier.city;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.notifier.dispatch.Carrier;
import org.classbell.notifier.dispatch.ChannelsIntegrationTest;
import org.classbell.notifier.dispatch.Deliveries;
import org.classbell.notifier.dispatch.DispatchProperties;
import org.classbell.notifier.dispatch.Dispatcher;
import org.classbell.notifier.testing.CitySchool;
import org.classbell.notifier.testing.Dispatching;
import org.classbell.store.SchoolId;
import org.classbell.store.StudentId;
import org.classbell.store.cluster.SharedBuckets;
import org.classbell.store.journal.AttendanceStatus;
import org.classbell.store.journal.Lessons;
import org.classbell.store.journal.NoteKind;
import org.classbell.store.school.SmsSender;
import org.classbell.store.staff.StaffMember;
import org.classbell.store.testing.ImportedSchool;
import org.classbell.testing.FakeTwilio;
import org.classbell.testing.LocalHttp;
import org.classbell.testing.LocalHttp.Answer;
import org.classbell.testing.SentSms;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SMS in a city of schools: each school's SMS go from its own Twilio number or messaging
 * service, else from the deployment's; a parent's SMS to a school's own number is about
 * that school, and one to the deployment's number about the school that asked last. The
 * {@link ImportedSchool} sends from the deployment's number; Гимназия № 8 from a number
 * of its own, Лицей № 9 through a messaging service of its own. Алексеева Ольга
 * (+79110000001) has a child in the first and the second.
 */
class CitySmsIntegrationTest extends ChannelsIntegrationTest {

	static final String EIGHTH_NUMBER = "+15005550008";

	static final String NINTH_SERVICE = "MG0123456789abcdef0123456789abcdef";

	static final String ZAITSEV_PHONE = "+79110000021";

	static final String ERSHOVA_PHONE = "+79110000031";

	@LocalServerPort
	int port;

	CitySchool eighth;

	CitySchool ninth;

	@BeforeEach
	void makeTheCity() {
		this.eighth = new CitySchool(this.beans, "sch8", "Гимназия № 8", new SmsSender(EIGHTH_NUMBER, null),
				new String[] { "7В,1,Соловьёв,Миша,,Алексеева Ольга," + ALEKSEEVA_PHONE + ",ru,yes",
						"7В,2,Зайцева,Лиза,,Зайцев Игорь," + ZAITSEV_PHONE + ",ru,yes" },
				new String[] { "Лебедева,Анна,,teacher,7В,7В:Алгебра" });
		this.ninth = new CitySchool(this.beans, "sch9", "Лицей № 9", new SmsSender(null, NINTH_SERVICE),
				new String[] { "8Г,1,Ершов,Гоша,,Ершова Дина," + ERSHOVA_PHONE + ",ru,yes" },
				new String[] { "Назарова,Вера,,teacher,8Г,8Г:Физика" });
	}

	@Test
	void sendsEachSchoolsSmsFromItsOwnSenderOrTheDeployments() {
		praise(student("Алексеев", "Борис"), "дежурил");
		note(this.eighth.staffMember("Лебедева Анна"), this.eighth.student("Зайцева", "Лиза"));
		note(this.ninth.staffMember("Назарова Вера"), this.ninth.student("Ершов", "Гоша"));

		Map<String, SentSms> sent = TWILIO.awaitMessages(3)
			.stream()
			.collect(Collectors.toMap(SentSms::to, Function.identity()));
		assertThat(sent.get(ALEKSEEVA_PHONE).from()).isEqualTo(Dispatching.SENDER);
		assertThat(sent.get(ALEKSEEVA_PHONE).messagingServiceSid()).isNull();
		assertThat(sent.get(ZAITSEV_PHONE).from()).isEqualTo(EIGHTH_NUMBER);
		assertThat(sent.get(ZAITSEV_PHONE).messagingServiceSid()).isNull();
		assertThat(sent.get(ERSHOVA_PHONE).from()).isNull();
		assertThat(sent.get(ERSHOVA_PHONE).messagingServiceSid()).isEqualTo(NINTH_SERVICE);
		assertThat(sent.values()).allSatisfy((sms) -> assertThat(sms.statusCallback())
			.isEqualTo(Dispatching.PUBLIC_URL + "/webhooks/twilio/status"));

		await().atMost(WAIT).until(() -> count("select count(*) from notification where status = 'sent'") == 3);
		Map<String, String> delivered = Map.of("MessageSid", sent.get(ERSHOVA_PHONE).sid(), "MessageStatus",
				"delivered", "AccountSid", TWILIO.accountSid());
		assertThat(twilio("/webhooks/twilio/status", delivered).status()).isEqualTo(204);
		assertThat(this.jdbc.sql("select status from notification where address = ?")
			.param(ERSHOVA_PHONE)
			.query(String.class)
			.single()).isEqualTo("delivered");
	}

	@Test
	void takesAnSmsToASchoolsOwnNumberAsFromThatSchoolsGuardian() {
		assertThat(inbound(ALEKSEEVA_PHONE, EIGHTH_NUMBER, null, "СТОП").body()).contains("Вы отписались от SMS");
		assertThat(optedOut(ALEKSEEVA_PHONE)).containsExactly("sch8");

		assertThat(inbound(ALEKSEEVA_PHONE, Dispatching.SENDER, null, "СТОП").body()).contains("Вы отписались от SMS");
		String first = this.school.school().code();
		assertThat(optedOut(ALEKSEEVA_PHONE)).as("STOP to the deployment's number stops every school's SMS")
			.containsExactlyInAnyOrder(first, "sch8");

		inbound(ALEKSEEVA_PHONE, EIGHTH_NUMBER, null, "СТАРТ");
		assertThat(optedOut(ALEKSEEVA_PHONE)).containsExactly(first);

		inbound(ERSHOVA_PHONE, "+15005550009", NINTH_SERVICE, "STOP");
		assertThat(optedOut(ERSHOVA_PHONE)).as("the messaging service tells the school").containsExactly("sch9");

		assertThat(inbound(ERSHOVA_PHONE, EIGHTH_NUMBER, null, "ОТЧЕТ").body())
			.as("a number the school written to does not know")
			.contains("нет в списках школы");
		assertThat(inbound(ZAITSEV_PHONE, Dispatching.SENDER, null, "ПОМОЩЬ").body())
			.as("the deployment's number reaches every school's parents")
			.contains("ОТЧЕТ — отчёт за неделю");
	}

	@Test
	void takesAnAnswerToTheDeploymentsNumberToTheSchoolThatAskedLastOfThoseSendingFromIt() {
		CitySchool tenth = new CitySchool(this.beans, "sch10", "Школа № 10", SmsSender.DEPLOYMENT,
				new String[] { "9А,1,Кротов,Петя,,Алексеева Ольга," + ALEKSEEVA_PHONE + ",ru,yes" },
				new String[] { "Фомина,Зоя,,teacher,9А,9А:История" });
		StudentId boris = student("Алексеев", "Борис");
		StudentId petya = tenth.student("Кротов", "Петя");
		StudentId misha = this.eighth.student("Соловьёв", "Миша");
		absent(boris, 1);
		sendAlerts(1);
		absent(tenth.staffMember("Фомина Зоя"), petya);
		sendAlerts(2);
		absent(this.eighth.staffMember("Лебедева Анна"), misha);
		sendAlerts(3);
		assertThat(TWILIO.messages()).extracting(SentSms::from)
			.containsExactly(Dispatching.SENDER, Dispatching.SENDER, EIGHTH_NUMBER);

		assertThat(inbound(ALEKSEEVA_PHONE, Dispatching.SENDER, null, "1").body()).contains("Спасибо");
		assertThat(answers()).as("the tenth school asked last of those that send from the deployment's number")
			.containsExactly(petya.value() + " ill");

		assertThat(inbound(ALEKSEEVA_PHONE, EIGHTH_NUMBER, null, "2").body()).contains("Спасибо");
		assertThat(answers()).containsExactly(petya.value() + " ill", misha.value() + " reason");
	}

	@Test
	void keepsEachSendersLimitApartAcrossTheNodes() {
		DispatchProperties twoPerSecond = new DispatchProperties(true, Duration.ofMillis(20), 4, Duration.ofMinutes(5),
				8, Duration.ofSeconds(10), Duration.ofHours(1), 4, 0, 0, 2, 0, 0);
		Dispatcher dispatcher = this.beans.getBean(Dispatcher.class);
		dispatcher.stop();
		queueSms(this.school.id(), 1);
		queueSms(this.eighth.school().id(), 5);
		Deliveries deliveries = this.beans.getBean(Deliveries.class);
		List<Carrier> carriers = List.copyOf(this.beans.getBeansOfType(Carrier.class).values());
		SharedBuckets shared = this.beans.getBean(SharedBuckets.class);
		List<Dispatcher> nodes = List.of(
				new Dispatcher(deliveries, carriers, twoPerSecond, this.clock, new SimpleMeterRegistry(), "first-node",
						shared),
				new Dispatcher(deliveries, carriers, twoPerSecond, this.clock, new SimpleMeterRegistry(), "second-node",
						shared));
		long started = System.nanoTime();
		nodes.forEach(Dispatcher::start);
		try {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> count("select count(*) from notification where status = 'sent'") == 8);
		}
		finally {
			nodes.forEach(Dispatcher::stop);
			dispatcher.start();
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		System.out.printf("Two senders at 2 SMS a second each, on two nodes: 8 SMS in %d ms%n", took.toMillis());

		assertThat(TWILIO.messages()).extracting(SentSms::from)
			.containsOnly(Dispatching.SENDER, EIGHTH_NUMBER)
			.filteredOn(EIGHTH_NUMBER::equals)
			.hasSize(4);
		assertThat(took).as("4 SMS from each sender at 2 a second each").isGreaterThan(Duration.ofMillis(1300));
		assertThat(took).as("the senders in parallel: one budget for both would take 3.5 s")
			.isLessThan(Duration.ofMillis(3300));
	}

	/**
	 * Queues four SMS of one segment of the school, to four numbers from the given one
	 * on.
	 */
	private void queueSms(SchoolId school, int first) {
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), this.clock.getZone());
		this.jdbc
			.sql("""
					insert into notification (school_id, kind, channel, address, body, next_attempt_at, created_at, updated_at)
					select ?, 'announcement', 'sms', '+7912000000' || (? + i), 'message ' || i, ?, ?, ?
					from generate_series(0, 3) i
					""")
			.params(school.value(), first, now, now, now)
			.update();
	}

	/**
	 * Lets the merge window pass, and waits until this many alerts went in all.
	 */
	private void sendAlerts(int sent) {
		this.clock.advance(Duration.ofMinutes(2));
		TWILIO.awaitMessages(sent);
		await().atMost(WAIT).until(() -> count("select count(*) from notification where status = 'sent'") == sent);
		this.clock.advance(Duration.ofMinutes(1));
	}

	private List<String> answers() {
		return this.jdbc.sql("select student_id || ' ' || answer from alert_answer order by answered_at, id")
			.query(String.class)
			.list();
	}

	private List<String> optedOut(String phone) {
		return this.jdbc.sql("""
				select s.code from guardian g join school s on s.id = g.school_id
				where g.phone = ? and g.opted_out_at is not null order by s.code
				""").param(phone).query(String.class).list();
	}

	private void note(StaffMember author, StudentId student) {
		this.transactions.executeWithoutResult((status) -> this.journal.note(author, NoteKind.PRAISE, student,
				"помог классу", today(), this.clock.instant()));
	}

	private void absent(StaffMember author, StudentId student) {
		this.transactions.executeWithoutResult((status) -> this.journal.attendance(author, AttendanceStatus.ABSENT,
				List.of(student), today(), Lessons.range(1, 1), this.clock.instant()));
	}

	private LocalDate today() {
		return this.clock.instant().atZone(ImportedSchool.ZONE).toLocalDate();
	}

	private Answer inbound(String from, String to, String messagingService, String body) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("From", from);
		form.put("To", to);
		if (messagingService != null) {
			form.put("MessagingServiceSid", messagingService);
		}
		form.put("Body", body);
		form.put("MessageSid", "SM" + Long.toHexString(System.nanoTime()));
		form.put("AccountSid", TWILIO.accountSid());
		Answer answer = twilio("/webhooks/twilio/inbound", form);
		assertThat(answer.status()).isEqualTo(200);
		return answer;
	}

	/**
	 * Posts a form to one of Twilio's webhooks, signed as Twilio signs it.
	 */
	private Answer twilio(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return LocalHttp.post(URI.create("http://localhost:" + this.port + path), "application/x-www-form-urlencoded",
				body, "X-Twilio-Signature",
				FakeTwilio.signature(TWILIO.authToken(), Dispatching.PUBLIC_URL + path, form));
	}

}
