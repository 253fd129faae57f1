package org.classbell.app.settings;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.classbell.app.ApiIntegrationTest;
import org.classbell.app.school.DefaultSchool;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The school's settings over HTTP ({@code GET}/{@code PUT /api/settings}): what they are,
 * changing all or some of them, and refusing a wrong one by name while changing nothing.
 */
class SettingsApiIntegrationTest extends ApiIntegrationTest {

	private static final String DEFAULTS = """
			{"quietHours":{"from":"21:00","to":"08:00"},"smsTransliteration":false,\
			"smsSegments":{"alert":1,"announcement":3,"report":3},"phoneRegion":"RU","timeZone":"Europe/Moscow",\
			"teacherQuietHours":{"from":"20:00","to":"08:00"},"illnessExcuses":false}""";

	private static final String CHANGED = """
			{"quietHours":{"from":"22:30","to":"07:00"},"smsTransliteration":true,\
			"smsSegments":{"alert":2,"announcement":4,"report":5},"phoneRegion":"KZ","timeZone":"Asia/Almaty",\
			"teacherQuietHours":{"from":"21:00","to":"07:30"},"illnessExcuses":true}""";

	@Autowired
	DefaultSchool school;

	@Autowired
	JdbcClient jdbc;

	@Test
	void answersTheDefaultsOfANewSchool() {
		Response settings = getAsAdmin("/api/settings");

		assertThat(settings.status()).isEqualTo(200);
		assertThat(settings.contentType()).startsWith("application/json");
		assertThat(settings.body()).isEqualTo(DEFAULTS);
	}

	@Test
	void changesEverySettingAtOnceAsTheAdminApi() {
		Response changed = putAsAdmin("/api/settings", "application/json", """
				{"quietHours": {"from": "22:30", "to": "7:00"}, "smsTransliteration": true,
				 "smsSegments": {"alert": 2, "announcement": 4, "report": 5}, "phoneRegion": "kz",
				 "timeZone": " Asia/Almaty ", "teacherQuietHours": {"from": "21:00", "to": "7:30"},
				 "illnessExcuses": true}""");

		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body()).isEqualTo(CHANGED);
		assertThat(getAsAdmin("/api/settings").body()).isEqualTo(CHANGED);
		assertThat(this.jdbc.sql("select actor from audit_log where entity = 'school' and action = 'update'")
			.query(String.class)
			.list()).containsExactly("admin-api");
	}

	@Test
	void changesOnlyTheSettingsGiven() {
		putAsAdmin("/api/settings", "application/json", CHANGED);

		Response alert = putAsAdmin("/api/settings", "application/json", """
				{"smsSegments": {"alert": 10}}""");
		Response backToDefault = putAsAdmin("/api/settings", "application/json", """
				{"smsSegments": {"announcement": null}, "smsTransliteration": false}""");
		Response nothing = putAsAdmin("/api/settings", "application/json", "{}");

		assertThat(alert.body()).isEqualTo(CHANGED.replace("\"alert\":2", "\"alert\":10"));
		String expected = CHANGED.replace("\"alert\":2", "\"alert\":10")
			.replace("\"announcement\":4", "\"announcement\":3")
			.replace("\"smsTransliteration\":true", "\"smsTransliteration\":false");
		assertThat(backToDefault.body()).isEqualTo(expected);
		assertThat(nothing.body()).isEqualTo(expected);
		assertThat(this.jdbc.sql("select sms_announcement_segments from school").query(Integer.class).optional())
			.as("the configured default, not a copy of it")
			.isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{"timeZone": "Mars/Olympus_Mons"}                           | timeZone
			{"timeZone": ""}                                            | timeZone
			{"timeZone": "   "}                                         | timeZone
			{"timeZone": "+03:00"}                                      | timeZone
			{"timeZone": "europe/moscow"}                               | timeZone
			{"timeZone": 3}                                             | timeZone
			{"timeZone": null}                                          | timeZone
			{"phoneRegion": "XX"}                                       | phoneRegion
			{"phoneRegion": "RUS"}                                      | phoneRegion
			{"phoneRegion": ""}                                         | phoneRegion
			{"quietHours": {"from": "22:00"}}                           | quietHours
			{"quietHours": "21:00-08:00"}                               | quietHours
			{"quietHours": {"from": "08:00", "to": "08:00"}}            | quietHours
			{"quietHours": {"from": "25:00", "to": "08:00"}}            | quietHours.from
			{"quietHours": {"from": "21:00", "to": "8"}}                | quietHours.to
			{"quietHours": {"from": "21:00", "to": "08:00", "at": 1}}   | quietHours.at
			{"smsTransliteration": "yes"}                               | smsTransliteration
			{"smsSegments": 2}                                          | smsSegments
			{"smsSegments": {"alert": 0}}                               | smsSegments.alert
			{"smsSegments": {"report": 11}}                             | smsSegments.report
			{"smsSegments": {"announcement": 2.5}}                      | smsSegments.announcement
			{"smsSegments": {"alert": "2"}}                             | smsSegments.alert
			{"smsSegments": {"sms": 2}}                                 | smsSegments.sms
			{"timezone": "Asia/Almaty"}                                 | timezone
			{"timeZone": "Asia/Almaty", "phoneRegion": "XX"}            | phoneRegion
			{"smsSegments": {"alert": 2}, "smsTransliteration": 1}      | smsTransliteration
			{"illnessExcuses": "yes"}                                   | illnessExcuses
			{"illnessExcuses": null}                                    | illnessExcuses
			{"teacherQuietHours": "20:00-08:00"}                        | teacherQuietHours
			{"teacherQuietHours": {"from": "20:00"}}                    | teacherQuietHours
			{"teacherQuietHours": {"from": "08:00", "to": "08:00"}}     | teacherQuietHours
			{"teacherQuietHours": {"from": "20:00", "to": "24:00"}}     | teacherQuietHours.to
			{"illnessExcuses": true, "teacherQuietHours": {"to": 8}}    | teacherQuietHours
			""")
	void refusesABadFieldByNameAndChangesNothing(String body, String field) {
		Response refused = putAsAdmin("/api/settings", "application/json", body);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("field").asString()).isEqualTo(field);
		assertThat(refused.json().get("message").asString()).contains(field.replaceAll("\\..*", ""));
		assertThat(refused.json().get("path").asString()).isEqualTo("/api/settings");
		assertThat(getAsAdmin("/api/settings").body()).isEqualTo(DEFAULTS);
		assertThat(this.jdbc.sql("select count(*) from audit_log where action = 'update'").query(Long.class).single())
			.isZero();
	}

	@Test
	void saysWhatIsWrongInTheCallersLanguageAndListsEveryBadField() {
		Response russian = putAsAdmin("/api/settings", "application/json", """
				{"timeZone": "Europe/Moskva", "smsSegments": {"alert": 0}}""");
		Response english = putAsAdmin("/api/settings", "application/json", """
				{"quietHours": {"from": "21:00", "to": "21:00"}}""", "Accept-Language", "en");

		assertThat(russian.json().get("message").asString()).isEqualTo(
				"timeZone — часовой пояс из базы IANA, например Europe/Moscow или Asia/Yekaterinburg, а не «Europe/Moskva»");
		assertThat(russian.json().get("errors").toString()).isEqualTo("""
				[{"field":"timeZone","message":"timeZone — часовой пояс из базы IANA, например Europe/Moscow или \
				Asia/Yekaterinburg, а не «Europe/Moskva»"},{"field":"smsSegments.alert","message":"smsSegments.alert — \
				целое число сегментов от 1 до 10 (null — как в настройках сервера), а не «0»"}]""");
		assertThat(english.json().get("message").asString()).isEqualTo(
				"quietHours must begin and end at different times, not \"{\"from\":\"21:00\",\"to\":\"21:00\"}\"");
	}

	@Test
	void refusesWhatIsNotAnObjectOfSettings() {
		Response malformed = putAsAdmin("/api/settings", "application/json", "{\"timeZone\": ");
		Response array = putAsAdmin("/api/settings", "application/json", "[]");
		Response empty = putAsAdmin("/api/settings", "application/json", "");
		Response nothing = putAsAdmin("/api/settings", "application/json", "null");

		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().get("message").asString()).isEqualTo("Тело запроса — не корректный JSON");
		assertThat(array.status()).isEqualTo(400);
		assertThat(array.json().get("message").asString())
			.isEqualTo("Тело запроса — JSON-объект с настройками, которые нужно изменить");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(nothing.status()).isEqualTo(400);
		assertThat(getAsAdmin("/api/settings").body()).isEqualTo(DEFAULTS);
	}

	@Test
	void needsTheAdminToken() {
		assertThat(get("/api/settings").status()).isEqualTo(401);
		assertThat(put("/api/settings", "application/json", CHANGED).status()).isEqualTo(401);
		assertThat(put("/api/settings", "application/json", CHANGED, "Authorization", "Bearer wrong").status())
			.isEqualTo(401);
		assertThat(getAsAdmin("/api/settings").body()).isEqualTo(DEFAULTS);
	}

	@Test
	void keepsATimeZoneSetByTheApiOverTheConfiguredOne() {
		putAsAdmin("/api/settings", "application/json", """
				{"timeZone": "Asia/Yekaterinburg", "phoneRegion": "KZ"}""");

		assertThat(this.school.get().timeZone()).isEqualTo(ZoneId.of("Asia/Yekaterinburg"));
		assertThat(this.school.get().phoneRegion()).isEqualTo("KZ");
		assertThat(getAsAdmin("/api/schedules").json().get("timeZone").asString()).isEqualTo("Asia/Yekaterinburg");
		assertThat(getAsAdmin("/api/settings").json().get("timeZone").asString()).isEqualTo("Asia/Yekaterinburg");
	}

	private Response getAsAdmin(String path) {
		return get(path, "Authorization", "Bearer " + TOKEN);
	}

}
