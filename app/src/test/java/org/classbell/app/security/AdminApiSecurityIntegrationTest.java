package org.classbell.app.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.classbell.app.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class AdminApiSecurityIntegrationTest extends ApiIntegrationTest {

	@Test
	void answersHealthWithoutAToken() {
		Response health = get("/actuator/health");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
	}

	@ParameterizedTest
	@CsvSource({ "/api/import/roster, text/csv", "/api/import/staff, text/csv", "/api/import/timetable, text/csv",
			"/api/invites, application/json", "/api/reports/run, application/json", "/api/anything, text/plain" })
	void refusesEveryAdminEndpointWithoutAToken(String path, String contentType) {
		Response refused = post(path, contentType, "{}");

		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.contentType()).startsWith("application/json");
		assertThat(refused.json().get("message").asString())
			.isEqualTo("Нужен заголовок Authorization: Bearer и токен администратора");
	}

	@ParameterizedTest
	@CsvSource({ "/api/import/roster, text/csv", "/api/invites, application/json", "/api/outbox, text/plain" })
	void refusesAWrongToken(String path, String contentType) {
		Response refused = post(path, contentType, "{}", "Authorization", "Bearer " + TOKEN + "x", "Accept-Language",
				"en-US,en;q=0.9");

		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.json().get("message").asString()).isEqualTo("Wrong admin token");
		assertThat(refused.json().get("path").asString()).isEqualTo(path);
	}

	@Test
	void refusesTheTokenUnderAnotherScheme() {
		Response refused = post("/api/invites", "application/json", "{}", "Authorization", "Basic " + TOKEN);

		assertThat(refused.status()).isEqualTo(401);
	}

	@Test
	void refusesOutboxReadsWithoutAToken() {
		assertThat(get("/api/outbox").status()).isEqualTo(401);
	}

	@Test
	void letsTheAdminIn() {
		Response answer = postAsAdmin("/api/invites", "application/json", "{}");

		assertThat(answer.status()).isEqualTo(400);
	}

	@Test
	void answersUnknownPathsWithJson() {
		Response missing = get("/api/no-such-thing", "Authorization", "Bearer " + TOKEN, "Accept-Language", "en");

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.json().get("message").asString()).isEqualTo("Nothing at /api/no-such-thing");
	}

	@Test
	void answersWrongMethodsWithJson() {
		Response wrong = get("/api/invites", "Authorization", "Bearer " + TOKEN);

		assertThat(wrong.status()).isEqualTo(405);
		assertThat(wrong.json().get("message").asString()).isEqualTo("Метод GET здесь не поддерживается");
	}

	@Test
	void leavesWebhooksToCheckTheirOwnSignatures() {
		Response webhook = post("/webhooks/telegram", "application/json", "{}");

		assertThat(webhook.status()).isNotEqualTo(401);
		assertThat(webhook.contentType()).startsWith("application/json");
	}

}
