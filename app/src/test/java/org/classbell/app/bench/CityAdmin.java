package org.classbell.app.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.json.JsonMapper;

/**
 * The city's education department at the admin API: it makes the schools
 * ({@code POST /api/schools}) and gives each school's administration its own token
 * ({@code POST /api/schools/<code>/tokens}), as a city sets up ClassBell.
 */
final class CityAdmin {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	private final String operatorToken;

	CityAdmin(int port, String operatorToken) {
		this.port = port;
		this.operatorToken = operatorToken;
	}

	/**
	 * The code of the school numbered {@code s} from 0.
	 */
	static String code(int s) {
		return "sch" + (s + 1);
	}

	/**
	 * Makes a school.
	 */
	void school(String code, String name) throws Exception {
		send("/api/schools", this.operatorToken, """
				{"code": "%s", "name": "%s", "timezone": "%s", "region": "RU"}""".formatted(code, name,
				City.ZONE.getId()), 201);
	}

	/**
	 * Makes an admin token for a school's administration.
	 * @return the token
	 */
	String token(String code, String name) throws Exception {
		String answer = send("/api/schools/" + code + "/tokens", this.operatorToken, """
				{"name": "%s"}""".formatted(name), 201);
		return JSON.readTree(answer).get("token").asString();
	}

	private String send(String path, String token, String body, int expected) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofMinutes(1))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

}
