package org.classbell.app.imports;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.classbell.app.ApiIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports of files too large, with fields too long or with too many bad lines: each gets
 * a bounded answer that says what is wrong, and nothing changes.
 */
class ImportLimitsIntegrationTest extends ApiIntegrationTest {

	private static final String HEADER = ImportApiIntegrationTest.ROSTER_HEADER;

	private static final int MB = 1024 * 1024;

	@Autowired
	JdbcClient jdbc;

	@Test
	void refusesAFileLargerThanTenMegabytesWith413() {
		Response refused = postAsAdmin("/api/import/roster", "text/csv", rosterOf(20 * MB));

		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.json().get("message").asString()).isEqualTo(
				"Файл больше 10 МБ — это предел для загрузки. Разделите его (например, по классам) и загрузите части по очереди.");
		assertNothingImported();
	}

	@Test
	void refusesALargeFileSentWithoutItsLengthOnceItPassesTheLimit() throws Exception {
		byte[] roster = rosterOf(11 * MB);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/import/roster"))
			.header("Authorization", "Bearer " + TOKEN)
			.header("Content-Type", "text/csv")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(roster)))
			.build();

		HttpResponse<String> refused = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("The file is larger than 10 MB, the most an import takes.");
		assertNothingImported();
	}

	@Test
	void refusesALargeFileUploadedAsAForm() {
		String boundary = "classbell-boundary";
		byte[] head = ("--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"roster.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] roster = rosterOf(11 * MB);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] form = new byte[head.length + roster.length + tail.length];
		System.arraycopy(head, 0, form, 0, head.length);
		System.arraycopy(roster, 0, form, head.length, roster.length);
		System.arraycopy(tail, 0, form, head.length + roster.length, tail.length);

		Response refused = postAsAdmin("/api/import/roster", "multipart/form-data; boundary=" + boundary, form);

		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.json().get("message").asString()).startsWith("Файл больше 10 МБ");
		assertNothingImported();
	}

	@Test
	void namesTheColumnOfAFieldTooLongAndDoesNotRepeatIt() {
		String huge = "Я".repeat(4 * MB);
		String roster = HEADER + "5А,1," + huge + ",Пётр,,,,,\n" + "5А,2,Петрова,Анна,," + "Петрова Ирина ".repeat(20)
				+ ",,,\n";

		Response rejected = postAsAdmin("/api/import/roster", "text/csv", roster, "Accept-Language", "en");

		assertThat(rejected.status()).isEqualTo(400);
		assertThat(rejected.body().length()).isLessThan(2_000);
		assertThat(lines(rejected)).containsExactly("2 last_name too_long", "3 guardian_name too_long");
		assertThat(rejected.json().get("errors").get(0).get("message").asString())
			.isEqualTo("last_name: the field has 4,194,304 characters, this column takes at most 200");
		assertNothingImported();
	}

	@Test
	void listsTheFirstHundredBadLinesAndCountsThemAll() {
		StringBuilder roster = new StringBuilder(HEADER);
		for (int i = 1; i <= 10_000; i++) {
			roster.append("5А,x").append(i).append(",Ученик").append(i).append(",Имя,,,,,\n");
		}

		Response rejected = postAsAdmin("/api/import/roster", "text/csv", roster.toString());

		assertThat(rejected.status()).isEqualTo(400);
		assertThat(rejected.json().get("message").asString().replace('\u00A0', ' ')).isEqualTo(
				"Файл не загружен: 10 000 ошибок, ниже первые 100. Исправьте и загрузите его снова: ничего не изменилось.");
		assertThat(rejected.json().get("total").asInt()).isEqualTo(10_000);
		assertThat(lines(rejected)).hasSize(100).startsWith("2 list_no bad_number").endsWith("101 list_no bad_number");
		assertThat(rejected.body().length()).isLessThan(30_000);
		assertNothingImported();
	}

	@Test
	void repeatsAtMostAHundredCharactersOfABadValue() {
		String phone = "1".repeat(150);

		Response rejected = postAsAdmin("/api/import/roster", "text/csv",
				HEADER + "5А,1,Иванов,Пётр,,Иванова Мария," + phone + ",ru,yes\n");

		JsonNode error = rejected.json().get("errors").get(0);
		assertThat(error.get("problem").asString()).isEqualTo("bad_phone");
		assertThat(error.get("value").asString()).isEqualTo("1".repeat(100) + "…");
		assertThat(error.get("message").asString()).contains("«" + "1".repeat(100) + "…»");
		assertThat(rejected.json().get("total").asInt()).isEqualTo(1);
	}

	@Test
	void takesAFileJustUnderTheLimit() {
		byte[] roster = rosterOf(10 * MB - 2000);

		Response imported = postAsAdmin("/api/import/roster", "text/csv", roster);

		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(this.jdbc.sql("select count(*) from student").query(Long.class).single()).isPositive();
	}

	private void assertNothingImported() {
		assertThat(this.jdbc.sql("select count(*) from student").query(Long.class).single()).isZero();
	}

	private static List<String> lines(Response rejected) {
		List<String> lines = new ArrayList<>();
		rejected.json()
			.get("errors")
			.forEach((error) -> lines.add(error.get("line").asInt() + " " + error.get("column").asString("") + " "
					+ error.get("problem").asString()));
		return lines;
	}

	/**
	 * A good roster of at least the given size in bytes: students of classes of 25, with
	 * names as long as a column takes (200 characters), so that the file is large and its
	 * lines few.
	 */
	private static byte[] rosterOf(int bytes) {
		String name = "Я".repeat(190);
		StringBuilder roster = new StringBuilder(bytes / 2 + 1000).append(HEADER);
		long size = HEADER.getBytes(StandardCharsets.UTF_8).length;
		for (int student = 0; size < bytes; student++) {
			String line = (1 + student / 25 % 11) + "Р" + (1 + student / 275) + "," + (student % 25 + 1) + ",Ученик"
					+ student + name + ",Имя" + name + ",Отчество" + name + ",,,,\n";
			roster.append(line);
			size += line.getBytes(StandardCharsets.UTF_8).length;
		}
		return roster.toString().getBytes(StandardCharsets.UTF_8);
	}

}
