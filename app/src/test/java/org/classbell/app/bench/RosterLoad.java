package org.classbell.app.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A roster file of a given number of rows, posted with a school's own admin token to the
 * admin API of that school, which has none yet: classes of 25 in grades 1 to 11, two
 * guardians for every other student, phones written as people type them.
 */
final class RosterLoad {

	private final int port;

	private final String school;

	private final String token;

	RosterLoad(int port, String school, String token) {
		this.port = port;
		this.school = school;
		this.token = token;
	}

	Results.Roster run(int rows) throws Exception {
		byte[] csv = csv(rows).getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/schools/" + this.school + "/import/roster"))
			.header("Authorization", "Bearer " + this.token)
			.header("Content-Type", "text/csv")
			.timeout(Duration.ofMinutes(30))
			.POST(HttpRequest.BodyPublishers.ofByteArray(csv))
			.build();
		Cpu cpu = Cpu.now();
		long started = System.nanoTime();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		double seconds = (System.nanoTime() - started) / 1e9;
		cpu = Cpu.now().since(cpu);
		if (response.statusCode() != 200 || !response.body().contains("\"lines\":" + rows)) {
			throw new IllegalStateException("The roster import answered " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(500, response.body().length())));
		}
		return new Results.Roster(rows, seconds, cpu);
	}

	static String csv(int rows) {
		StringBuilder csv = new StringBuilder(rows * 100);
		csv.append("class,list_no,last_name,first_name,middle_name,guardian_name,guardian_phone,")
			.append("guardian_language,consent\n");
		int written = 0;
		for (int student = 0; written < rows; student++) {
			int k = student / City.CLASS_SIZE;
			String className = (1 + k % 11) + "Р" + (1 + k / 11);
			int listNo = student % City.CLASS_SIZE + 1;
			String last = "Ученик" + (student + 1);
			for (int guardian = 0; guardian < ((student % 2 == 0) ? 2 : 1) && written < rows; guardian++) {
				int phone = student * 2 + guardian;
				csv.append(className)
					.append(',')
					.append(listNo)
					.append(',')
					.append(last)
					.append(",Пётр,Сергеевич,")
					.append(last)
					.append((guardian == 0) ? "а Мария Ивановна" : " Сергей Олегович")
					.append(",8 (901) ")
					.append(String.format("%03d-%02d-%02d", phone / 10_000, phone / 100 % 100, phone % 100))
					.append(',')
					.append((phone % 20 == 0) ? "en" : "ru")
					.append(',')
					.append((phone % 3 == 0) ? "" : "yes")
					.append('\n');
				written++;
			}
		}
		return csv.toString();
	}

}
