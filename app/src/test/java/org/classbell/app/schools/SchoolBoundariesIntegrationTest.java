package org.classbell.app.schools;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.app.ApiIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the admin API, found from the application's own mappings, tried with
 * the admin token of another school: each is refused with 403 and nothing changes. Every
 * endpoint about one school has a path under {@code /api/schools/{code}}; the rest are
 * the operator's alone.
 */
class SchoolBoundariesIntegrationTest extends ApiIntegrationTest {

	/** The paths of the deployment as a whole, the operator's only. */
	private static final Set<String> OPERATOR_ONLY = Set.of("/api/backups", "/api/retention/run", "/api/schools",
			"/api/city/summary");

	private static final String ROSTER = """
			class,list_no,last_name,first_name,middle_name,guardian_name,guardian_phone,guardian_language,consent
			5А,1,Иванов,Пётр,,Иванова Мария,+79123456789,ru,yes
			""";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient jdbc;

	String alien;

	@BeforeEach
	void twoSchools() {
		postAsAdmin("/api/schools", "application/json", """
				{"code": "sch-a", "name": "Школа А"}""");
		postAsAdmin("/api/schools", "application/json", """
				{"code": "sch-b", "name": "Школа Б"}""");
		assertThat(postAsAdmin("/api/schools/sch-a/import/roster", "text/csv", ROSTER).status()).isEqualTo(200);
		this.alien = postAsAdmin("/api/schools/sch-b/tokens", "application/json", """
				{"name": "Секретарь Б"}""").json().get("token").asString();
	}

	@Test
	void everySchoolEndpointRefusesAnotherSchoolsTokenAndChangesNothing() {
		List<Endpoint> endpoints = endpoints().stream()
			.filter((endpoint) -> endpoint.path().startsWith("/api/schools/{"))
			.toList();
		long audit = count("audit_log");
		long notifications = count("notification");

		List<String> answers = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			Response answer = send(endpoint.method(), endpoint.concrete("sch-a"), "application/json", body(endpoint),
					bearer(this.alien));
			answers.add(endpoint + " " + answer.status());
			assertThat(answer.body()).doesNotContain("Иванов");
		}

		assertThat(endpoints).hasSizeGreaterThan(25);
		assertThat(answers).allSatisfy((answer) -> assertThat(answer).endsWith(" 403"));
		assertThat(count("audit_log")).isEqualTo(audit);
		assertThat(count("notification")).isEqualTo(notifications);
	}

	@Test
	void theOperatorsEndpointsRefuseEverySchoolToken() {
		List<Endpoint> endpoints = endpoints().stream()
			.filter((endpoint) -> !endpoint.path().startsWith("/api/schools/{"))
			.toList();
		long audit = count("audit_log");

		List<String> answers = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			Response answer = send(endpoint.method(), endpoint.concrete("sch-b"), "application/json", body(endpoint),
					bearer(this.alien));
			answers.add(endpoint + " " + answer.status());
		}

		assertThat(endpoints).hasSizeGreaterThan(20);
		assertThat(answers).allSatisfy((answer) -> assertThat(answer).endsWith(" 403"));
		assertThat(count("audit_log")).isEqualTo(audit);
	}

	@Test
	void everyEndpointAboutOneSchoolHasAPathUnderTheSchool() {
		Set<String> paths = new TreeSet<>();
		endpoints().forEach((endpoint) -> paths.add(endpoint.method() + " " + endpoint.path()));

		List<String> withoutSchool = paths.stream()
			.filter((path) -> !path.contains(" /api/schools/{"))
			.filter((path) -> !OPERATOR_ONLY.contains(path.substring(path.indexOf(' ') + 1)))
			.filter((path) -> !paths.contains(path.replace(" /api/", " /api/schools/{school}/")))
			.toList();

		assertThat(withoutSchool).isEmpty();
	}

	@Test
	void aSchoolsTokenFindsNothingOfAnotherSchoolThroughItsOwnPaths() {
		long guardian = this.jdbc.sql("select id from guardian").query(Long.class).single();
		this.jdbc.sql("""
				insert into notification (school_id, guardian_id, kind, channel, address, body, status,
				                          next_attempt_at, created_at, updated_at)
				select school_id, id, 'attendance', 'sms', phone, 'Иванов Пётр отсутствует', 'sent', now(), now(), now()
				from guardian where id = ?""").param(guardian).update();
		long teacher = this.jdbc.sql("""
				insert into staff (school_id, last_name, first_name, middle_name, last_name_key, first_name_key, role)
				select id, 'Соколова', 'Елена', '', 'соколова', 'елена', 'teacher' from school where code = 'sch-a'
				returning id""").query(Long.class).single();
		long poll = this.jdbc.sql("""
				insert into poll (school_id, author_id, question, anonymous, multiple, closes_at, created_at)
				select school_id, ?, 'Когда собрание?', false, false, now() + interval '1 day', now()
				from staff where id = ? returning id""").params(teacher, teacher).query(Long.class).single();
		assertThat(get("/api/schools/sch-a/polls/" + poll, bearer(TOKEN)).status()).isEqualTo(200);
		assertThat(get("/api/schools/sch-a/outbox", bearer(TOKEN)).body()).contains("Иванов");

		Response export = get("/api/schools/sch-b/guardians/" + guardian + "/export", bearer(this.alien));
		Response guardians = get("/api/schools/sch-b/guardians?class=5А", bearer(this.alien));
		Response outbox = get("/api/schools/sch-b/outbox", bearer(this.alien));
		Response pollsList = get("/api/schools/sch-b/polls", bearer(this.alien));
		Response polls = get("/api/schools/sch-b/polls/" + poll, bearer(this.alien));

		assertThat(export.status()).isEqualTo(404);
		assertThat(guardians.status()).isEqualTo(404);
		assertThat(outbox.status()).isEqualTo(200);
		assertThat(outbox.body()).doesNotContain("Иванов");
		assertThat(polls.status()).isEqualTo(404);
		assertThat(pollsList.body()).doesNotContain("Когда собрание");
		assertThat(get("/api/schools/sch-a/guardians?class=5А", bearer(TOKEN)).body()).contains("Иванова");
	}

	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String path : info.getPathPatternsCondition().getPatternValues()) {
				if (!path.startsWith("/api/")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(new Endpoint(method.name(), path));
				}
			}
		}
		return endpoints;
	}

	private static String body(Endpoint endpoint) {
		return endpoint.method().equals("GET") || endpoint.method().equals("DELETE") ? null : "{}";
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	record Endpoint(String method, String path) {

		String concrete(String school) {
			return this.path.replace("{school}", school).replace("{kind}", "roster").replaceAll("\\{[a-z]+}", "1");
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

}
