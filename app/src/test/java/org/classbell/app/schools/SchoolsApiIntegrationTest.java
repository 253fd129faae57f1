package org.classbell.app.schools;

import org.junit.jupiter.api.Test;

import org.classbell.app.ApiIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schools of a city over HTTP: making, listing, showing and changing them, and school
 * admin tokens: shown once, kept hashed, reaching their own school only, revocable.
 */
class SchoolsApiIntegrationTest extends ApiIntegrationTest {

	private static final String JSON = "application/json";

	@Autowired
	JdbcClient jdbc;

	@Test
	void makesASchoolAndListsItAfterTheDefaultOne() {
		Response made = postAsAdmin("/api/schools", JSON, """
				{"code": "sch8", "name": "Школа № 8", "timezone": "Asia/Yekaterinburg", "region": "kz"}""");

		assertThat(made.status()).isEqualTo(201);
		assertThat(made.body()).isEqualTo("""
				{"code":"sch8","name":"Школа № 8","timezone":"Asia/Yekaterinburg","region":"KZ","smsFrom":null,\
				"smsMessagingService":null,"default":false}""");
		Response list = get("/api/schools", bearer(TOKEN));
		assertThat(list.json().findValuesAsString("code")).containsExactly("default", "sch8");
		assertThat(list.json().get(0).get("name").asString()).isEqualTo("Школа №1");
		assertThat(list.json().get(0).get("default").asBoolean()).isTrue();
		assertThat(get("/api/schools/sch8", bearer(TOKEN)).json().get("timezone").asString())
			.isEqualTo("Asia/Yekaterinburg");
		assertThat(get("/api/schools/sch8/settings", bearer(TOKEN)).json().get("timeZone").asString())
			.isEqualTo("Asia/Yekaterinburg");
		assertThat(this.jdbc.sql("select actor from audit_log where entity = 'school' and action = 'insert'")
			.query(String.class)
			.list()).contains("admin-api");
	}

	@Test
	void aNewSchoolTakesTheNodesTimeZoneAndRegionWhenNotGiven() {
		Response made = postAsAdmin("/api/schools", JSON, """
				{"code": "gym-5", "name": "Гимназия № 5"}""");

		assertThat(made.status()).isEqualTo(201);
		assertThat(made.json().get("timezone").asString()).isEqualTo("Europe/Moscow");
		assertThat(made.json().get("region").asString()).isEqualTo("RU");
	}

	@Test
	void refusesWrongFieldsByNameAndMakesNothing() {
		Response wrong = postAsAdmin("/api/schools", JSON, """
				{"code": "Школа 8", "name": "", "timezone": "Mars/Olympus", "region": "Russia",
				 "smsFrom": "8-800", "colour": "red"}""");
		Response missing = postAsAdmin("/api/schools", JSON, "{}");
		Response notAnObject = postAsAdmin("/api/schools", JSON, "[1]");
		Response bothSenders = postAsAdmin("/api/schools", JSON, """
				{"code": "sch9", "name": "Школа № 9", "smsFrom": "+15005550006",
				 "smsMessagingService": "MG0123456789abcdef0123456789abcdef"}""");

		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body()).contains("code", "name", "timezone", "Mars/Olympus", "region", "smsFrom", "colour");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body()).contains("code", "name");
		assertThat(notAnObject.status()).isEqualTo(400);
		assertThat(bothSenders.status()).isEqualTo(400);
		assertThat(bothSenders.body()).contains("smsMessagingService");
		assertThat(get("/api/schools", bearer(TOKEN)).json().findValuesAsString("code")).containsExactly("default");
	}

	@Test
	void refusesASecondSchoolOfTheSameCodeOrName() {
		postAsAdmin("/api/schools", JSON, """
				{"code": "sch8", "name": "Школа № 8"}""");

		Response sameCode = postAsAdmin("/api/schools", JSON, """
				{"code": "sch8", "name": "Другая школа"}""");
		Response sameName = postAsAdmin("/api/schools", JSON, """
				{"code": "sch08", "name": "школа № 8"}""");

		assertThat(sameCode.status()).isEqualTo(409);
		assertThat(sameName.status()).isEqualTo(409);
		assertThat(get("/api/schools", bearer(TOKEN)).json().findValuesAsString("code")).containsExactly("default",
				"sch8");
	}

	@Test
	void changesTheNameTimeZoneRegionAndSmsSender() {
		postAsAdmin("/api/schools", JSON, """
				{"code": "sch8", "name": "Школа № 8"}""");

		Response changed = send("PATCH", "/api/schools/sch8", JSON, """
				{"name": "Школа № 8 имени Гагарина", "timezone": "Asia/Omsk", "region": "KZ",
				 "smsFrom": "+15005550006"}""", bearer(TOKEN));
		Response service = send("PATCH", "/api/schools/sch8", JSON, """
				{"smsMessagingService": "MG0123456789abcdef0123456789abcdef"}""", bearer(TOKEN));
		Response cleared = send("PATCH", "/api/schools/sch8", JSON, """
				{"smsMessagingService": null}""", bearer(TOKEN));
		Response code = send("PATCH", "/api/schools/sch8", JSON, """
				{"code": "sch9"}""", bearer(TOKEN));
		Response unknown = send("PATCH", "/api/schools/sch9", JSON, """
				{"name": "Школа № 9"}""", bearer(TOKEN));

		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body()).isEqualTo("""
				{"code":"sch8","name":"Школа № 8 имени Гагарина","timezone":"Asia/Omsk","region":"KZ",\
				"smsFrom":"+15005550006","smsMessagingService":null,"default":false}""");
		assertThat(service.json().get("smsFrom").isNull()).isTrue();
		assertThat(service.json().get("smsMessagingService").asString())
			.isEqualTo("MG0123456789abcdef0123456789abcdef");
		assertThat(cleared.json().get("smsMessagingService").isNull()).isTrue();
		assertThat(code.status()).isEqualTo(400);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).contains("sch9");
	}

	@Test
	void aSchoolTokenIsShownOnceKeptHashedAndReachesItsSchoolOnly() {
		postAsAdmin("/api/schools", JSON, """
				{"code": "sch8", "name": "Школа № 8"}""");
		Response issued = postAsAdmin("/api/schools/sch8/tokens", JSON, """
				{"name": "Секретарь"}""");
		String token = issued.json().get("token").asString();

		Response own = get("/api/schools/sch8/settings", bearer(token));
		Response ownSchool = get("/api/schools/sch8", bearer(token));
		Response defaultSchool = get("/api/schools/default/settings", bearer(token));
		Response oldPath = get("/api/settings", bearer(token));
		Response schools = get("/api/schools", bearer(token));
		Response rename = send("PATCH", "/api/schools/sch8", JSON, """
				{"name": "Моя школа"}""", bearer(token));
		Response backups = get("/api/backups", bearer(token));
		Response change = send("PUT", "/api/schools/sch8/settings", JSON, """
				{"illnessExcuses": true}""", bearer(token));

		assertThat(issued.status()).isEqualTo(201);
		assertThat(token).startsWith("cbs_").hasSizeGreaterThan(40);
		assertThat(own.status()).isEqualTo(200);
		assertThat(ownSchool.status()).isEqualTo(200);
		assertThat(defaultSchool.status()).isEqualTo(403);
		assertThat(defaultSchool.body()).contains("sch8");
		assertThat(oldPath.status()).isEqualTo(403);
		assertThat(schools.status()).isEqualTo(403);
		assertThat(rename.status()).isEqualTo(403);
		assertThat(backups.status()).isEqualTo(403);
		assertThat(change.status()).isEqualTo(200);
		assertThat(this.jdbc.sql("select actor from audit_log where entity = 'school' and action = 'update'")
			.query(String.class)
			.list()).containsExactly("admin-token:" + issued.json().get("id").asLong());
		assertThat(this.jdbc.sql("select digest from admin_token").query(String.class).single()).doesNotContain(token)
			.hasSize(64);
		Response listed = get("/api/schools/sch8/tokens", bearer(TOKEN));
		assertThat(listed.body()).doesNotContain(token).contains("Секретарь");
		assertThat(listed.json().get(0).get("lastUsedAt").isNull()).isFalse();
	}

	@Test
	void aRevokedTokenReachesNothing() {
		postAsAdmin("/api/schools", JSON, """
				{"code": "sch8", "name": "Школа № 8"}""");
		Response issued = postAsAdmin("/api/schools/sch8/tokens", JSON, """
				{"name": "Завуч"}""");
		String token = issued.json().get("token").asString();
		long id = issued.json().get("id").asLong();

		Response byItself = send("DELETE", "/api/schools/sch8/tokens/" + id, null, null, bearer(token));
		Response successor = send("POST", "/api/schools/sch8/tokens", JSON, """
				{"name": "Запасной"}""", bearer(token));
		Response revoked = send("DELETE", "/api/schools/sch8/tokens/" + id, null, null, bearer(TOKEN));
		Response after = get("/api/schools/sch8/settings", bearer(token));
		Response unknown = send("DELETE", "/api/schools/sch8/tokens/999", null, null, bearer(TOKEN));
		Response nameless = postAsAdmin("/api/schools/sch8/tokens", JSON, "{}");

		assertThat(byItself.status()).as("tokens are made and revoked by the operator").isEqualTo(403);
		assertThat(successor.status()).isEqualTo(403);
		assertThat(revoked.status()).isEqualTo(200);
		assertThat(revoked.json().get("revokedAt").isNull()).isFalse();
		assertThat(after.status()).isEqualTo(401);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(nameless.status()).isEqualTo(400);
		assertThat(this.jdbc.sql("select count(*) from admin_token").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aTokenOfOneSchoolCannotRevokeAnothersToken() {
		postAsAdmin("/api/schools", JSON, """
				{"code": "sch8", "name": "Школа № 8"}""");
		postAsAdmin("/api/schools", JSON, """
				{"code": "sch9", "name": "Школа № 9"}""");
		String eight = postAsAdmin("/api/schools/sch8/tokens", JSON, """
				{"name": "Секретарь"}""").json().get("token").asString();
		long nine = postAsAdmin("/api/schools/sch9/tokens", JSON, """
				{"name": "Секретарь"}""").json().get("id").asLong();

		Response throughOwnPath = send("DELETE", "/api/schools/sch8/tokens/" + nine, null, null, bearer(TOKEN));
		Response throughTheirs = send("DELETE", "/api/schools/sch9/tokens/" + nine, null, null, bearer(eight));

		assertThat(throughOwnPath.status()).isEqualTo(404);
		assertThat(throughTheirs.status()).isEqualTo(403);
		assertThat(this.jdbc.sql("select count(*) from admin_token where revoked_at is not null")
			.query(Long.class)
			.single()).isZero();
	}

}
