package org.classbell.app.guardians;

import org.springframework.transaction.support.TransactionTemplate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.classbell.app.ApiIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/guardians/{id}/consents}, {@code .../export} and {@code .../erase} over
 * HTTP: what the admin sees of a guardian, and what an erasure leaves.
 */
class GuardianApiIntegrationTest extends ApiIntegrationTest {

	static final String MOTHER_PHONE = "+79123456789";

	static final String FATHER_PHONE = "+79120001122";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	long mother;

	long father;

	@BeforeEach
	void roster() {
		assertThat(postAsAdmin("/api/import/roster", "text/csv", """
				class,list_no,last_name,first_name,middle_name,guardian_name,guardian_phone,guardian_language,consent
				5А,1,Кузнецов,Пётр,,Кузнецова Мария,8 (912) 345-67-89,ru,yes
				5А,1,Кузнецов,Пётр,,Кузнецов Олег,+79120001122,ru,
				""").status()).isEqualTo(200);
		this.mother = guardian(MOTHER_PHONE);
		this.father = guardian(FATHER_PHONE);
	}

	@Test
	void listsTheGuardiansOfAClassWithTheirIds() {
		Response list = getAsAdmin("/api/guardians?class=5a");

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json()).hasSize(2);
		assertThat(list.json().get(0).get("id").asLong()).isEqualTo(this.mother);
		assertThat(list.json().get(0).get("phone").asString()).isEqualTo(MOTHER_PHONE);
		assertThat(list.json().get(0).get("consentSource").asString()).isEqualTo("roster");
		assertThat(list.json().get(1).get("consentAt").isNull()).isTrue();
		assertThat(list.json().get(1).get("children").get(0).get("name").asString()).isEqualTo("Кузнецов Пётр");
		assertThat(getAsAdmin("/api/guardians?class=9Я").status()).isEqualTo(404);
		assertThat(getAsAdmin("/api/guardians").status()).isEqualTo(400);
		assertThat(get("/api/guardians?class=5А").status()).isEqualTo(401);
	}

	@Test
	void listsAGuardiansConsentHistoryOldestFirst() {
		this.clock.advance(java.time.Duration.ofDays(1));
		postAsAdmin("/api/import/roster", "text/csv", """
				class,list_no,last_name,first_name,middle_name,guardian_name,guardian_phone,guardian_language,consent
				5А,1,Кузнецов,Пётр,,Кузнецова Мария,8 (912) 345-67-89,ru,
				""");

		Response consents = getAsAdmin("/api/guardians/" + this.mother + "/consents");

		assertThat(consents.status()).isEqualTo(200);
		assertThat(consents.json()).hasSize(2);
		assertThat(entry(consents.json().get(0))).isEqualTo("processing true roster line 2 admin-api");
		assertThat(entry(consents.json().get(1))).isEqualTo("processing false roster line 2 admin-api");
		assertThat(consents.json().get(0).get("at").asString()).isEqualTo(
				OffsetDateTime.ofInstant(this.clock.instant().minus(java.time.Duration.ofDays(1)), ZoneOffset.UTC)
					.toInstant()
					.toString());
	}

	@Test
	void exportsEverythingHeldAboutTheGuardianAndNothingAboutAnother() {
		message(this.mother, "sent", "Пётр отсутствовал на 3-м уроке");
		message(this.father, "sent", "Сообщение отцу");

		Response export = getAsAdmin("/api/guardians/" + this.mother + "/export");

		assertThat(export.status()).isEqualTo(200);
		JsonNode json = export.json();
		assertThat(json.get("guardian").get("name").asString()).isEqualTo("Кузнецова Мария");
		assertThat(json.get("guardian").get("phone").asString()).isEqualTo(MOTHER_PHONE);
		assertThat(json.get("children").get(0).get("name").asString()).isEqualTo("Кузнецов Пётр");
		assertThat(json.get("children").get(0).get("className").asString()).isEqualTo("5А");
		assertThat(json.get("consents")).hasSize(1);
		assertThat(json.get("notifications")).hasSize(1);
		assertThat(json.get("notifications").get(0).get("body").asString()).isEqualTo("Пётр отсутствовал на 3-м уроке");
		assertThat(json.get("settings").get("reportFrequency").asString()).isEqualTo("weekly");
		assertThat(export.body()).doesNotContain(FATHER_PHONE, "Олег", "Сообщение отцу");
	}

	@Test
	void answersAnUnknownGuardianWithNotFound() {
		long other = this.jdbc.sql("""
				with s as (insert into school (name, name_key) values ('Школа №2', 'школа №2') returning id)
				insert into guardian (school_id, full_name, name_key) select id, 'Чужой', 'чужой' from s returning id
				""").query(Long.class).single();

		assertThat(getAsAdmin("/api/guardians/999999/export").status()).isEqualTo(404);
		assertThat(getAsAdmin("/api/guardians/" + other + "/consents").status()).as("another school's guardian")
			.isEqualTo(404);
		assertThat(getAsAdmin("/api/guardians/abc/export").json().get("message").asString()).contains("abc");
		assertThat(
				postAsAdmin("/api/guardians/" + other + "/erase", "application/json", "{\"reason\": \"x\"}").status())
			.isEqualTo(404);
		assertThat(count("select count(*) from guardian where erased_at is not null")).isZero();
	}

	@Test
	void refusesCallersWithoutTheAdminToken() {
		assertThat(get("/api/guardians/" + this.mother + "/export").status()).isEqualTo(401);
		assertThat(get("/api/guardians/" + this.mother + "/consents", "Authorization", "Bearer wrong").status())
			.isEqualTo(401);
		assertThat(post("/api/guardians/" + this.mother + "/erase", "application/json", "{\"reason\": \"x\"}").status())
			.isEqualTo(401);
		assertThat(count("select count(*) from guardian where erased_at is not null")).isZero();
	}

	@Test
	void refusesAnErasureWithoutAReasonAndChangesNothing() {
		for (String body : new String[] { "{}", "{\"reason\": \"  \"}", "{\"reason\": \"" + "x".repeat(1001) + "\"}",
				"not json" }) {
			Response refused = postAsAdmin("/api/guardians/" + this.mother + "/erase", "application/json", body);
			assertThat(refused.status()).as(body).isEqualTo(400);
		}
		assertThat(postAsAdmin("/api/guardians/" + this.mother + "/erase", "application/json", "{}").json()
			.get("message")
			.asString()).contains("reason");
		assertThat(count("select count(*) from guardian where erased_at is not null or phone is null")).isEqualTo(0);
	}

	@Test
	void erasesTheGuardiansPersonalDataAndKeepsTheChildsJournal() {
		message(this.mother, "sent", "Пётр отсутствовал на 3-м уроке");
		message(this.mother, "failed", "Ошибка", "Twilio 21211: The 'To' number +79123456789 is not valid");
		message(this.mother, "queued", "Ещё не ушло");
		this.transactions.executeWithoutResult((status) -> {
			// as the bot links a parent: the actor is the Telegram account
			this.jdbc.sql("select set_config('classbell.actor', 'telegram:918273645', true)").query().listOfRows();
			this.jdbc.sql("""
					insert into chat_link (user_id, chat_id, guardian_id, linked_at, consented_at)
					values (918273645, 918273645, ?, now(), now())
					""").param(this.mother).update();
		});
		assertThat(count("select count(*) from audit_log where actor = 'telegram:918273645'")).isEqualTo(1);

		Response erased = postAsAdmin("/api/guardians/" + this.mother + "/erase", "application/json",
				"{\"reason\": \"заявление родителя от 01.12.2026\"}");

		assertThat(erased.status()).isEqualTo(200);
		assertThat(erased.json().get("guardian").asLong()).isEqualTo(this.mother);
		assertThat(
				count("select count(*) from guardian where id = ? and full_name = '' and phone is null", this.mother))
			.isEqualTo(1);
		assertThat(count("select count(*) from chat_link")).isZero();
		assertThat(count("select count(*) from student_guardian where guardian_id = ?", this.mother)).isZero();
		assertThat(this.jdbc.sql(
				"select status || ' ' || body || ' ' || address || ' ' || coalesce(error, '') from notification where guardian_id = ? order by id")
			.param(this.mother)
			.query(String.class)
			.list()).containsExactly("sent   ", "failed   Twilio 21211: The 'To' number … is not valid",
					"cancelled   the guardian's personal data was erased");
		assertThat(
				this.jdbc.sql("select actor || coalesce(before::text, '') || coalesce(after::text, '') from audit_log")
					.query(String.class)
					.list())
			.as("the audit log keeps none of the guardian's values")
			.noneMatch((row) -> row.contains(MOTHER_PHONE) || row.contains("Кузнецова") || row.contains("918273645"));
		assertThat(count("select count(*) from student where last_name = 'Кузнецов'")).as("the child's journal stays")
			.isEqualTo(1);
		assertThat(this.jdbc.sql("select actor || ' ' || reason from erasure").query(String.class).single())
			.isEqualTo("admin-api заявление родителя от 01.12.2026");
		JsonNode consents = getAsAdmin("/api/guardians/" + this.mother + "/consents").json();
		assertThat(entry(consents.get(consents.size() - 1))).isEqualTo("processing false admin erased admin-api");
		assertThat(getAsAdmin("/api/guardians/" + this.father + "/export").body()).contains(FATHER_PHONE);
	}

	@Test
	void exportsTheGuardiansAnswersToAbsenceAlertsAndErasureKeepsThemWithoutTheLink() {
		this.jdbc.sql("""
				insert into alert_answer (school_id, student_id, day, guardian_id, answer, source, answered_at)
				select s.school_id, s.id, date '2026-11-24', ?, 'ill', 'sms', now() from student s
				""").param(this.mother).update();

		JsonNode answers = getAsAdmin("/api/guardians/" + this.mother + "/export").json().get("alertAnswers");

		assertThat(answers).hasSize(1);
		assertThat(answers.get(0).get("student").asString()).isEqualTo("Кузнецов Пётр");
		assertThat(answers.get(0).get("day").asString()).isEqualTo("2026-11-24");
		assertThat(answers.get(0).get("answer").asString()).isEqualTo("ill");
		assertThat(answers.get(0).get("source").asString()).isEqualTo("sms");
		assertThat(getAsAdmin("/api/guardians/" + this.father + "/export").json().get("alertAnswers")).isEmpty();

		postAsAdmin("/api/guardians/" + this.mother + "/erase", "application/json", "{\"reason\": \"заявление\"}");

		assertThat(count("select count(*) from alert_answer where guardian_id is null and answer = 'ill'"))
			.as("an anonymous answer stays")
			.isEqualTo(1);
		assertThat(getAsAdmin("/api/guardians/" + this.mother + "/export").json().get("alertAnswers")).isEmpty();
	}

	@Test
	void erasureLeavesWhatTheSameAccountHasInAnotherSchool() {
		assertThat(postAsAdmin("/api/schools", "application/json", """
				{"code": "sch8", "name": "Школа № 8"}""").status()).isEqualTo(201);
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("select set_config('classbell.actor', 'telegram:918273645', true)").query().listOfRows();
			long teacher = this.jdbc
				.sql("""
						insert into staff (school_id, last_name, first_name, middle_name, last_name_key, first_name_key, role)
						select id, 'Иванова', 'Мария', '', 'иванова', 'мария', 'teacher' from school where code = 'sch8'
						returning id""")
				.query(Long.class)
				.single();
			this.jdbc.sql("""
					insert into chat_link (user_id, chat_id, staff_id, linked_at, consented_at)
					values (918273645, 918273645, ?, now(), now())""").param(teacher).update();
			this.jdbc.sql("""
					insert into chat_link (user_id, chat_id, guardian_id, linked_at, consented_at)
					values (918273645, 918273645, ?, now(), now())""").param(this.mother).update();
			this.jdbc
				.sql("""
						insert into bot_pending (messenger, user_id, kind, payload, created_at, expires_at)
						values ('telegram', 918273645, 'rollcall', '{}', now(), now() + interval '1 hour'),
						       ('telegram', 918273645, 'relay_child', '{"text": "Пётр заболел"}', now(), now() + interval '1 hour')
						""")
				.update();
		});

		assertThat(postAsAdmin("/api/guardians/" + this.mother + "/erase", "application/json",
				"{\"reason\": \"заявление родителя\"}")
			.status()).isEqualTo(200);

		assertThat(count("select count(*) from chat_link where staff_id is not null")).isEqualTo(1);
		assertThat(this.jdbc.sql("select kind from bot_pending").query(String.class).list())
			.containsExactly("rollcall");
		assertThat(this.jdbc.sql("""
				select actor from audit_log where entity = 'chat_link' and action = 'insert' order by id""")
			.query(String.class)
			.list()).containsExactly("telegram:918273645", "erased");
	}

	@Test
	void erasingTwiceIsHarmless() {
		this.clock.advance(java.time.Duration.ofNanos(123_456_789));
		Response first = postAsAdmin("/api/guardians/" + this.mother + "/erase", "application/json",
				"{\"reason\": \"по заявлению\"}");
		this.clock.advance(java.time.Duration.ofHours(1));

		Response second = postAsAdmin("/api/guardians/" + this.mother + "/erase", "application/json",
				"{\"reason\": \"ещё раз\"}");

		assertThat(second.status()).isEqualTo(200);
		assertThat(second.json().get("erasedAt")).isEqualTo(first.json().get("erasedAt"));
		assertThat(count("select count(*) from erasure")).isEqualTo(1);
		JsonNode export = getAsAdmin("/api/guardians/" + this.mother + "/export").json();
		assertThat(export.get("guardian").get("name").asString()).isEmpty();
		assertThat(export.get("erasures")).hasSize(1);
	}

	private Response getAsAdmin(String path) {
		return get(path, "Authorization", "Bearer " + TOKEN);
	}

	private long guardian(String phone) {
		return this.jdbc.sql("select id from guardian where phone = ?").param(phone).query(Long.class).single();
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private void message(long guardian, String status, String body, String... error) {
		this.jdbc.sql("""
				insert into notification (school_id, guardian_id, kind, channel, address, body, status, error,
				                          next_attempt_at, created_at, updated_at)
				select school_id, id, 'absence', 'sms', phone, ?, ?, ?, now(), now(), now() from guardian where id = ?
				""").params(body, status, (error.length > 0) ? error[0] : null, guardian).update();
	}

	private static String entry(JsonNode entry) {
		return entry.get("purpose").asString() + " " + entry.get("given").asBoolean() + " "
				+ entry.get("source").asString() + " " + entry.get("detail").asString() + " "
				+ entry.get("actor").asString();
	}

}
