package org.classbell.app.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.app.ApiIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/export/journal} over HTTP: a class's CSV, a ZIP of several, the
 * character sets, and every refusal answered as JSON that says why, with no file.
 */
class JournalExportApiIntegrationTest extends ApiIntegrationTest {

	static final String BOM = "\uFEFF";

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void journal() {
		this.clock.reset();
		new ExportedJournal(this.context).write();
	}

	@Test
	void givesOneClassAsCsvInUtf8WithAByteOrderMark() {
		Download csv = download("/api/export/journal?from=2026-11-23&to=2026-11-24&class=5а");

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.disposition()).isEqualTo("attachment; filename=\"5A_2026-11-23_2026-11-24.csv\"; "
				+ "filename*=UTF-8''5%D0%90_2026-11-23_2026-11-24.csv");
		assertThat(csv.body()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		assertThat(csv.text(StandardCharsets.UTF_8)).isEqualTo(BOM + ExportedJournal.CLASS_5A);
	}

	@Test
	void givesOneDayOfAClassWithAnEmptyClassGivingTheHeaderOnly() {
		Download monday = download("/api/export/journal?from=2026-11-24&to=2026-11-24&class=6Б");
		Download firstGrade = download("/api/export/journal?from=2026-11-23&to=2026-11-24&class=1А");

		assertThat(monday.disposition()).contains("filename*=UTF-8''6%D0%91_2026-11-24.csv");
		assertThat(monday.text(StandardCharsets.UTF_8)).isEqualTo(BOM + ExportedJournal.HEADER);
		assertThat(firstGrade.text(StandardCharsets.UTF_8)).isEqualTo(BOM + ExportedJournal.HEADER);
	}

	@Test
	void writesWindows1251WithoutAByteOrderMarkSpellingWhatItLacks() {
		Download csv = download("/api/export/journal?from=2026-11-23&to=2026-11-24&class=5А&charset=windows-1251");

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).isEqualTo("text/csv;charset=windows-1251");
		assertThat(csv.body()[0]).as("no byte order mark").isEqualTo((byte) 'd');
		assertThat(csv.text(Charset.forName("windows-1251")))
			.isEqualTo(ExportedJournal.CLASS_5A.replace("«Café» ☕", "«Cafe» ?"));
		assertThat(new String(csv.body(), StandardCharsets.UTF_8)).as("not UTF-8").doesNotContain("Алгебра");
	}

	@Test
	void givesSeveralClassesAsAZipOfOneCsvEach() throws IOException {
		Download repeated = download("/api/export/journal?from=2026-11-23&to=2026-11-24&class=6б&class=5А");
		Download commas = download("/api/export/journal?from=2026-11-23&to=2026-11-24&class=6Б,5А,5a");

		assertThat(repeated.status()).isEqualTo(200);
		assertThat(repeated.contentType()).isEqualTo("application/zip");
		assertThat(repeated.disposition()).isEqualTo("attachment; filename=\"journal_2026-11-23_2026-11-24.zip\"; "
				+ "filename*=UTF-8''journal_2026-11-23_2026-11-24.zip");
		assertThat(entries(repeated)).containsExactly(Map.entry("6Б.csv", BOM + ExportedJournal.CLASS_6B),
				Map.entry("5А.csv", BOM + ExportedJournal.CLASS_5A));
		assertThat(entries(commas)).containsOnlyKeys("6Б.csv", "5А.csv");
	}

	@Test
	void givesEveryClassOfTheSchoolAsAZipWhenNoneIsNamed() throws IOException {
		Download all = download("/api/export/journal?from=2026-11-23&to=2026-11-23&charset=cp1251");

		Map<String, String> entries = entries(all, Charset.forName("windows-1251"));
		assertThat(entries).containsOnlyKeys("1А.csv", "5А.csv", "6Б.csv");
		assertThat(entries.keySet()).containsExactly("1А.csv", "5А.csv", "6Б.csv");
		assertThat(entries.get("1А.csv")).isEqualTo(ExportedJournal.HEADER);
		assertThat(entries.get("5А.csv")).startsWith(ExportedJournal.HEADER).hasLineCount(5);
	}

	@Test
	void refusesMistakesSayingWhyAndGivingNoFile() {
		assertThat(refusal("/api/export/journal?to=2026-11-24&class=5А"))
			.isEqualTo("400 from: Give from, a date as YYYY-MM-DD: /api/export/journal?from=2026-11-01&to=2026-11-25");
		assertThat(refusal("/api/export/journal?from=2026-11-31&to=2026-11-24"))
			.isEqualTo("400 from: from must be a date as YYYY-MM-DD, such as 2026-11-25, not “2026-11-31”");
		assertThat(refusal("/api/export/journal?from=2026-11-24&to=24.11.2026"))
			.isEqualTo("400 to: to must be a date as YYYY-MM-DD, such as 2026-11-25, not “24.11.2026”");
		assertThat(refusal("/api/export/journal?from=2026-11-24&to=2026-11-23"))
			.isEqualTo("400 to: The period starts (2026-11-24) after it ends (2026-11-23)");
		assertThat(refusal("/api/export/journal?from=2025-11-01&to=2026-11-24"))
			.isEqualTo("400 to: An export covers 366 days at most; 389 were asked for: ask for the period in parts");
		assertThat(refusal("/api/export/journal?from=2026-11-23&to=2026-11-24&charset=koi9"))
			.isEqualTo("400 charset: charset must be a character set such as UTF-8 or windows-1251, not “koi9”");
		assertThat(refusal("/api/export/journal?from=2026-11-23&to=2026-11-24&class=5А,9Я"))
			.isEqualTo("404 null: No class is called “9Я”");
		assertThat(refusal("/api/export/journal?from=2025-11-01&to=2026-11-24&class=9Я"))
			.as("the dates are looked at first")
			.startsWith("400 to: ");
	}

	@Test
	void answersMistakesInRussianByDefault() {
		Download refused = download("/api/export/journal?from=2026-11-24&to=2026-11-23");

		assertThat(refused.text(StandardCharsets.UTF_8))
			.contains("\"message\":\"Начало периода (2026-11-24) позже его конца (2026-11-23)\"");
	}

	@Test
	void needsTheAdminToken() {
		Response anonymous = get("/api/export/journal?from=2026-11-23&to=2026-11-24&class=5А");

		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.contentType()).startsWith("application/json");
		assertThat(anonymous.body()).doesNotContain("Алгебра");
	}

	private String refusal(String path) {
		Download refused = download(path, "Accept-Language", "en");
		assertThat(refused.contentType()).startsWith("application/json");
		assertThat(refused.disposition()).isEmpty();
		var json = this.json.readTree(refused.text(StandardCharsets.UTF_8));
		return refused.status() + " " + (json.has("field") ? json.get("field").asString() : "null") + ": "
				+ json.get("message").asString();
	}

	private static Map<String, String> entries(Download zip) throws IOException {
		return entries(zip, StandardCharsets.UTF_8);
	}

	private static Map<String, String> entries(Download zip, Charset charset) throws IOException {
		Map<String, String> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				entries.put(entry.getName(), new String(in.readAllBytes(), charset));
			}
		}
		return entries;
	}

	private Download download(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + encoded(path)))
			.header("Authorization", "Bearer " + TOKEN);
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			HttpResponse<byte[]> response = HttpClient.newHttpClient()
				.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Content-Disposition").orElse(""), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The path with its query's non-ASCII characters percent-encoded, as a browser sends
	 * them.
	 */
	private static String encoded(String path) {
		StringBuilder encoded = new StringBuilder();
		path.codePoints()
			.forEach((c) -> encoded.append((c < 128) ? Character.toString(c)
					: URLEncoder.encode(Character.toString(c), StandardCharsets.UTF_8)));
		return encoded.toString();
	}

	/**
	 * An answer as bytes.
	 */
	record Download(int status, String contentType, String disposition, byte[] body) {

		String text(Charset charset) {
			return new String(this.body, charset);
		}

	}

}
