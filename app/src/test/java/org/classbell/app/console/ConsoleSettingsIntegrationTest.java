package org.classbell.app.console;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConsoleSettingsIntegrationTest extends ConsoleBrowserIntegrationTest {

	private JsonNode settings;

	private JsonNode schedule;

	private JsonNode terms;

	@BeforeEach
	void remember() {
		this.settings = getAsAdmin("/api/settings");
		this.schedule = getAsAdmin("/api/schedules");
		this.terms = getAsAdmin("/api/terms");
	}

	/**
	 * Puts the school's settings back as they were, for the tests that share the school.
	 */
	@AfterEach
	void restore() {
		String settings = this.settings.toString()
			.replaceAll("\"smsSegments\":\\{[^}]*\\}",
					"\"smsSegments\":{\"alert\":null,\"announcement\":null,\"report\":null}");
		assertThat(putAsAdmin("/api/settings", "application/json", settings).status()).isEqualTo(200);
		assertThat(putAsAdmin("/api/schedules", "application/json", this.schedule.toString()).status()).isEqualTo(200);
		assertThat(putAsAdmin("/api/terms", "application/json", this.terms.toString()).status()).isEqualTo(200);
	}

	@Test
	void anAdminChangesQuietHoursReportTimesAndTermsInTheBrowser() {
		Browser page = logInAs(ADMIN);
		page.open("/console/settings");
		assertThat(page.heading()).isEqualTo("Настройки школы");
		assertAccessible();

		page.type("quietFrom", "22:30").type("quietTo", "7:00").type("reportDaily", "19:15");
		page.type("segmentsAlert", "2");
		page.type("teacherQuietFrom", "21:00");
		assertThat(page.find("label[for=illnessExcuses]").getText())
			.isEqualTo("Ответ родителя «Болеет» сам отмечает пропуск уважительным");
		page.click("#illnessExcuses");
		page.type("term-0-name", "1 четверть").type("term-0-from", "01.09.2026").type("term-0-to", "26.10.2026");
		page.type("term-1-name", "2 четверть").type("term-1-from", "2026-11-05").type("term-1-to", "28.12.2026");
		long audited = this.jdbc.sql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
		page.click("form.settings-form button[type=submit]");

		assertThat(page.path()).isEqualTo("/console/settings?saved");
		assertThat(page.find("p.success").getText()).isEqualTo("Настройки сохранены.");
		JsonNode changed = getAsAdmin("/api/settings");
		assertThat(changed.get("quietHours").get("from").asString()).isEqualTo("22:30");
		assertThat(changed.get("quietHours").get("to").asString()).isEqualTo("07:00");
		assertThat(changed.get("smsSegments").get("alert").asInt()).isEqualTo(2);
		assertThat(changed.get("teacherQuietHours").get("from").asString()).isEqualTo("21:00");
		assertThat(changed.get("teacherQuietHours").get("to").asString()).isEqualTo("08:00");
		assertThat(changed.get("illnessExcuses").asBoolean()).isTrue();
		assertThat(getAsAdmin("/api/schedules").get("daily").asString()).isEqualTo("19:15");
		JsonNode savedTerms = getAsAdmin("/api/terms");
		assertThat(savedTerms).hasSize(2);
		assertThat(savedTerms.get(1).get("from").asString()).isEqualTo("2026-11-05");
		assertThat(this.jdbc
			.sql("select entity, actor from audit_log where id > ? and entity in ('school', 'term') order by id")
			.param(audited)
			.query((row, number) -> row.getString("entity") + " " + row.getString("actor"))
			.list()).as("audited as the admin")
			.contains("school staff:" + staffId("Кузнецова"), "term staff:" + staffId("Кузнецова"))
			.allSatisfy((change) -> assertThat(change).endsWith(" staff:" + staffId("Кузнецова")));
		assertThat(page.find("#quietFrom").getAttribute("value")).isEqualTo("22:30");
		assertThat(page.find("#term-1-from").getAttribute("value")).isEqualTo("05.11.2026");
		page.screenshot("settings");
		assertAccessible();
	}

	@Test
	void wrongValuesAreListedAtTheTopAndNextToTheirFieldsAndNothingIsSaved() throws Exception {
		Browser page = logInAs(ADMIN);
		page.open("/console/settings");
		String before = getAsAdmin("/api/settings").toString();
		String schedule = getAsAdmin("/api/schedules").toString();

		page.type("quietFrom", "25:00").type("reportDaily", "19:45").type("timeZone", "Europe/Nowhere");
		page.type("term-0-name", "1 четверть").type("term-0-from", "01.09.2026").type("term-0-to", "31.10.2026");
		page.type("term-1-name", "2 четверть").type("term-1-from", "20.10.2026").type("term-1-to", "28.12.2026");
		page.click("form.settings-form button[type=submit]");

		assertThat(page.find(".error-summary h2").getText()).isEqualTo("Настройки не сохранены");
		assertThat(page.findAll(".error-summary li a")).extracting((link) -> link.getAttribute("href"))
			.allSatisfy((href) -> assertThat(href).contains("#"))
			.extracting((href) -> href.substring(href.indexOf('#')))
			.containsExactly("#quietFrom", "#timeZone", "#term-1-from");
		assertThat(page.find(".error-summary").getText())
			.contains("Тихие часы с: время в виде ЧЧ:ММ, например 21:00, а не «25:00»")
			.contains("Четверть 2, первый день: четверти «1 четверть» и «2 четверть» пересекаются");
		assertThat(page.find("#quietFrom-error").getText()).contains("а не «25:00»");
		assertThat(page.find("#quietFrom").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(page.find("#quietFrom").getAttribute("value")).as("what was typed stays").isEqualTo("25:00");
		assertThat(page.find("#reportDaily").getAttribute("value")).isEqualTo("19:45");
		page.screenshot("settings-errors");
		assertAccessible();

		String csrf = page.find("form.settings-form input[name=_csrf]").getAttribute("value");
		HttpResponse<String> answer = withSession("POST", "/console/settings",
				form(Map.of("_csrf", csrf, "quietFrom", "25:00", "quietTo", "08:00", "reportDaily", "19:45")));
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("а не «25:00»");
		HttpResponse<String> oversized = withSession("POST", "/console/settings",
				form(validForm(Map.of("_csrf", csrf, "terms[100000].name", "1 четверть"))));
		assertThat(oversized.statusCode()).as("a form no page sends").isEqualTo(400);

		assertThat(getAsAdmin("/api/settings")).hasToString(before);
		assertThat(getAsAdmin("/api/schedules")).hasToString(schedule);
		assertThat(getAsAdmin("/api/terms")).isEqualTo(this.terms);
	}

	@Test
	void aClassTeacherIsRefusedTheSettingsAndTheirPostChangesNothing() throws Exception {
		Browser page = logInAs(TEACHER_5A);
		String before = getAsAdmin("/api/settings").toString();

		page.open("/console/settings");
		assertThat(page.heading()).isEqualTo("Нет доступа");

		String csrf = page.find("form.logout input[name=_csrf]").getAttribute("value");
		HttpResponse<String> answer = withSession("POST", "/console/settings",
				form(validForm(Map.of("_csrf", csrf, "quietFrom", "23:00"))));
		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.body()).contains("Нет доступа");
		assertThat(getAsAdmin("/api/settings")).hasToString(before);
	}

	@Test
	void aPostWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		logInAs(ADMIN);
		String before = getAsAdmin("/api/settings").toString();

		HttpResponse<String> answer = withSession("POST", "/console/settings",
				form(validForm(Map.of("quietFrom", "23:00"))));

		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.body()).contains("Форма устарела");
		assertThat(getAsAdmin("/api/settings")).hasToString(before);
	}

	@Test
	void theApiAndTheConsoleRefuseTheSameQuietHours() {
		Response api = putAsAdmin("/api/settings", "application/json",
				"{\"quietHours\": {\"from\": \"21:00\", \"to\": \"21:00\"}}");
		assertThat(api.status()).isEqualTo(400);

		Browser page = logInAs(ADMIN);
		page.open("/console/settings?lang=en");
		page.type("quietFrom", "21:00").type("quietTo", "21:00");
		page.click("form.settings-form button[type=submit]");

		assertThat(page.find("#quietFrom-error").getText())
			.isEqualTo("Quiet hours from: the quiet hours must begin and end at different times");
	}

	private JsonNode getAsAdmin(String path) {
		Response answer = get(path, "Authorization", "Bearer " + TOKEN);
		assertThat(answer.status()).isEqualTo(200);
		return answer.json();
	}

	private long staffId(String lastName) {
		return this.jdbc.sql("select id from staff where last_name = ?").param(lastName).query(Long.class).single();
	}

	/**
	 * The settings form as the page sends it with the school's defaults, and some fields
	 * changed.
	 */
	private static Map<String, String> validForm(Map<String, String> changed) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("quietFrom", "21:00");
		form.put("quietTo", "08:00");
		form.put("teacherQuietFrom", "20:00");
		form.put("teacherQuietTo", "08:00");
		form.put("timeZone", "Europe/Moscow");
		form.put("phoneRegion", "RU");
		form.put("reportDaily", "18:00");
		form.put("reportWeeklyDay", "5");
		form.put("reportWeeklyAt", "17:00");
		form.put("reportMonthly", "18:00");
		form.put("reportTerm", "18:00");
		form.putAll(changed);
		return form;
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
