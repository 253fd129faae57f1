package org.classbell.app.city;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.classbell.app.ApiIntegrationTest;
import org.classbell.notifier.testing.Dispatching;
import org.classbell.store.testing.DatabaseCleaner;
import org.classbell.store.testing.TestDatabase;
import org.classbell.testing.Button;
import org.classbell.testing.FakeBotApi;
import org.classbell.testing.FakeTwilio;
import org.classbell.testing.SentMessage;
import org.classbell.testing.SentSms;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A city of two schools on one deployment, end to end through its real interfaces: the
 * operator makes the schools and their admin tokens; each school's administration imports
 * its staff and roster and issues invites with its own token; one Telegram bot serves
 * both (a teacher who works in both is asked which school; a parent with a child in each
 * links both and reads each school's messages named by school); each school's SMS go from
 * its own sender; the week's reports run for each; and each school's token is refused on
 * the other school and changes nothing there. The application stops after this class.
 */
@DirtiesContext
class TwoSchoolsEndToEndIntegrationTest extends ApiIntegrationTest {

	static final String BOT_TOKEN = "515151:CITY-e2e-bot-token";

	static final FakeBotApi TELEGRAM = new FakeBotApi(BOT_TOKEN).username("city_e2e_bot");

	static final FakeTwilio TWILIO = new FakeTwilio("AC" + "e".repeat(32), "city-e2e-twilio-auth-token");

	static final Duration WAIT = Duration.ofSeconds(20);

	static final String JSON = "application/json";

	/** Соколова, class teacher of 5А in school A and of 7В in school B. */
	static final long SOKOLOVA = 9101;

	/** Орлов, class teacher of 5А in school B. */
	static final long ORLOV = 9102;

	/** Иванова, mother of Пётр (5А, school A) and of Ольга (7В, school B). */
	static final long IVANOVA = 9103;

	static final String B_SENDER = "+15005550008";

	static final String STAFF_A = """
			last_name,first_name,middle_name,role,class_teacher_of,teaches
			Соколова,Елена,Викторовна,teacher,5А,5А:Математика
			""";

	static final String STAFF_B = """
			last_name,first_name,middle_name,role,class_teacher_of,teaches
			Соколова,Елена,Викторовна,teacher,7В,7В:Математика
			Орлов,Дмитрий,,teacher,5А,5А:Физика
			""";

	static final String ROSTER_A = """
			class,list_no,last_name,first_name,middle_name,guardian_name,guardian_phone,guardian_language,consent
			5А,1,Иванов,Пётр,,Иванова Мария,+79120000001,ru,yes
			""";

	static final String ROSTER_B = """
			class,list_no,last_name,first_name,middle_name,guardian_name,guardian_phone,guardian_language,consent
			7В,1,Иванова,Ольга,,Иванова Мария,+79120000001,ru,yes
			5А,1,Смирнов,Антон,,Смирнова Ольга,+79120000002,ru,yes
			""";

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void emptyDatabase() {
		DatabaseCleaner.clean(TestDatabase.migrated());
	}

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		Dispatching.through(TWILIO, registry);
		registry.add("classbell.telegram.token", () -> BOT_TOKEN);
		registry.add("classbell.telegram.api-url", () -> TELEGRAM.url().toString());
	}

	@Test
	void twoSchoolsEachAdministeredOnItsOwnShareOneBotAndOneDeployment() {
		assertThat(postAsAdmin("/api/schools", JSON, """
				{"code": "sch-a", "name": "Школа № 3"}""").status()).isEqualTo(201);
		assertThat(postAsAdmin("/api/schools", JSON, """
				{"code": "sch-b", "name": "Лицей № 2", "smsFrom": "%s"}""".formatted(B_SENDER)).status())
			.isEqualTo(201);
		String a = token("sch-a");
		String b = token("sch-b");

		assertThat(send("POST", "/api/schools/sch-a/import/staff", "text/csv", STAFF_A, bearer(a)).status())
			.isEqualTo(200);
		assertThat(send("POST", "/api/schools/sch-a/import/roster", "text/csv", ROSTER_A, bearer(a)).status())
			.isEqualTo(200);
		assertThat(send("POST", "/api/schools/sch-b/import/staff", "text/csv", STAFF_B, bearer(b)).status())
			.isEqualTo(200);
		assertThat(send("POST", "/api/schools/sch-b/import/roster", "text/csv", ROSTER_B, bearer(b)).status())
			.isEqualTo(200);
		eachTokenIsRefusedOnTheOtherSchool(a, b);

		link(SOKOLOVA, invite("sch-a", a, "{\"staff\": \"Соколова Елена\"}").get(0));
		link(SOKOLOVA, invite("sch-b", b, "{\"staff\": \"Соколова Елена\"}").get(0));
		link(ORLOV, invite("sch-b", b, "{\"staff\": \"Орлов Дмитрий\"}").get(0));
		linkParent(code(invite("sch-a", a, "{\"class\": \"5А\"}"), "Иванова Мария"));
		linkParent(code(invite("sch-b", b, "{\"class\": \"7В\"}"), "Иванова Мария"));
		assertThat(this.jdbc.sql("select count(*) from chat_link where user_id = ?")
			.param(IVANOVA)
			.query(Long.class)
			.single()).as("the parent's account is linked in both schools").isEqualTo(2);

		SentMessage which = ask(SOKOLOVA, "/absent 5А Иванов");
		assertThat(which.text()).startsWith("В какой школе?");
		assertThat(which.buttons().stream().flatMap(List::stream).map(Button::text)).contains("Школа № 3", "Лицей № 2");
		press(SOKOLOVA, which, "Школа № 3");
		assertThat(ask(SOKOLOVA, "/absent 7В Иванова").text()).doesNotStartWith("В какой школе?");
		assertThat(ask(ORLOV, "/absent 5А Смирнов").text()).doesNotStartWith("В какой школе?");
		assertThat(this.jdbc.sql("""
				select s.code || ':' || st.last_name from attendance a join student st on st.id = a.student_id
				join school s on s.id = st.school_id order by 1""").query(String.class).list())
			.containsExactly("sch-a:Иванов", "sch-b:Иванова", "sch-b:Смирнов");

		this.clock.advance(Duration.ofMinutes(5));
		await().atMost(WAIT).until(() -> alerts().size() == 2);
		List<String> alerts = alerts();
		assertThat(alerts).anySatisfy((text) -> assertThat(text).startsWith("🏫 <b>Школа № 3</b>\n").contains("Пётр"));
		assertThat(alerts).anySatisfy((text) -> assertThat(text).startsWith("🏫 <b>Лицей № 2</b>\n").contains("Ольга"));
		SentSms sms = TWILIO.awaitMessages(1).get(0);
		assertThat(sms.to()).isEqualTo("+79120000002");
		assertThat(sms.from()).as("school B's own sender").isEqualTo(B_SENDER);
		assertThat(sms.body()).contains("Антон").doesNotContain("Лицей");

		int queuedA = reports("sch-a", a);
		int queuedB = reports("sch-b", b);
		assertThat(queuedA).isEqualTo(1);
		assertThat(queuedB).isEqualTo(2);
		assertThat(this.jdbc.sql("""
				select s.code || ':' || count(*) from notification n join guardian g on g.id = n.guardian_id
				join school s on s.id = g.school_id where n.kind = 'report' group by s.code order by 1""")
			.query(String.class)
			.list()).containsExactly("sch-a:1", "sch-b:2");
	}

	private List<String> alerts() {
		return TELEGRAM.sentMessages(IVANOVA)
			.stream()
			.map(SentMessage::text)
			.filter((text) -> text.contains("отсутствие"))
			.toList();
	}

	private void eachTokenIsRefusedOnTheOtherSchool(String a, String b) {
		long audit = this.jdbc.sql("select count(*) from audit_log").query(Long.class).single();

		JsonNode refused = send("POST", "/api/schools/sch-b/import/roster", "text/csv", ROSTER_A, bearer(a)).json();
		int invites = send("POST", "/api/schools/sch-a/invites", JSON, "{\"class\": \"5А\"}", bearer(b)).status();
		int guardians = get("/api/schools/sch-a/guardians?class=5А", bearer(b)).status();

		assertThat(refused.get("status").asInt()).isEqualTo(403);
		assertThat(invites).isEqualTo(403);
		assertThat(guardians).isEqualTo(403);
		assertThat(this.jdbc.sql("select count(*) from audit_log").query(Long.class).single()).isEqualTo(audit);
		assertThat(get("/api/schools/sch-b/guardians?class=5А", bearer(b)).body()).contains("Смирнова")
			.doesNotContain("Иванова");
	}

	private String token(String school) {
		Response made = postAsAdmin("/api/schools/" + school + "/tokens", JSON, "{\"name\": \"Секретарь\"}");
		assertThat(made.status()).isEqualTo(201);
		return made.json().get("token").asString();
	}

	private List<JsonNode> invite(String school, String token, String request) {
		Response issued = send("POST", "/api/schools/" + school + "/invites", JSON, request, bearer(token));
		assertThat(issued.status()).as(issued.body()).isEqualTo(200);
		return List.copyOf(issued.json().valueStream().toList());
	}

	private static String code(List<JsonNode> rows, String guardian) {
		return rows.stream()
			.filter((row) -> row.get("name").asString().equals(guardian))
			.findFirst()
			.orElseThrow()
			.get("code")
			.asString();
	}

	private void link(long user, JsonNode invite) {
		int before = TELEGRAM.sentMessages(user).size();
		TELEGRAM.sendText(user, user, "/start " + invite.get("code").asString());
		await().atMost(WAIT).until(() -> TELEGRAM.sentMessages(user).size() > before);
	}

	/**
	 * Links the parent with a code, confirming consent where the bot asks for it.
	 */
	private void linkParent(String code) {
		long links = parentLinks("");
		TELEGRAM.sendText(IVANOVA, IVANOVA, "/start " + code);
		await().atMost(WAIT).until(() -> parentLinks("") > links);
		if (parentLinks(" and consented_at is null") > 0) {
			SentMessage question = await().atMost(WAIT)
				.until(() -> TELEGRAM.lastSentMessage(IVANOVA).filter((sent) -> !sent.buttons().isEmpty()),
						java.util.Optional::isPresent)
				.orElseThrow();
			TELEGRAM.pressButton(IVANOVA, IVANOVA, question.messageId(),
					question.buttons().get(0).get(0).callbackData());
			await().atMost(WAIT).until(() -> parentLinks(" and consented_at is null") == 0);
		}
	}

	private long parentLinks(String condition) {
		return this.jdbc.sql("select count(*) from chat_link where guardian_id is not null and user_id = ?" + condition)
			.param(IVANOVA)
			.query(Long.class)
			.single();
	}

	private SentMessage ask(long user, String text) {
		int before = TELEGRAM.sentMessages(user).size();
		TELEGRAM.sendText(user, user, text);
		await().atMost(WAIT).until(() -> TELEGRAM.sentMessages(user).size() > before);
		return TELEGRAM.sentMessages(user).get(before);
	}

	private void press(long user, SentMessage message, String buttonText) {
		String data = message.buttons()
			.stream()
			.flatMap(List::stream)
			.filter((button) -> button.text().contains(buttonText))
			.findFirst()
			.orElseThrow()
			.callbackData();
		int before = TELEGRAM.sentMessages(user).size() + TELEGRAM.edits().size();
		TELEGRAM.pressButton(user, user, message.messageId(), data);
		await().atMost(WAIT).until(() -> TELEGRAM.sentMessages(user).size() + TELEGRAM.edits().size() > before);
	}

	private int reports(String school, String token) {
		Response run = send("POST", "/api/schools/" + school + "/reports/run", JSON,
				"{\"period\": \"week\", \"date\": \"2026-11-25\"}", bearer(token));
		assertThat(run.status()).as(run.body()).isEqualTo(200);
		return run.json().get("queued").asInt();
	}

}
