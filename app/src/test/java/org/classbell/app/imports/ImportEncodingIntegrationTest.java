package org.classbell.app.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.classbell.app.ApiIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports of files as Russian school software and spreadsheets save them: UTF-8, UTF-16
 * or Windows-1251, separated by commas, semicolons or tabs. Each reads the same, and the
 * answer says how it was read; a file that is not text is refused and changes nothing.
 */
class ImportEncodingIntegrationTest extends ApiIntegrationTest {

	private static final String ROSTER = ImportApiIntegrationTest.ROSTER;

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final byte[] UTF16LE_BOM = { (byte) 0xFF, (byte) 0xFE };

	@Autowired
	JdbcClient jdbc;

	@Test
	void importsUtf8WithCommas() {
		assertImported(ROSTER.getBytes(StandardCharsets.UTF_8), "UTF-8", ",");
	}

	@Test
	void importsUtf8WithAByteOrderMarkAndSemicolons() {
		assertImported(concat(UTF8_BOM, separatedBy(';').getBytes(StandardCharsets.UTF_8)), "UTF-8", ";");
	}

	@Test
	void importsWindows1251WithSemicolons() {
		assertImported(separatedBy(';').getBytes(Charset.forName("windows-1251")), "windows-1251", ";");
	}

	@Test
	void importsUtf16WithAByteOrderMarkAndTabsAsExcelSavesUnicodeText() {
		assertImported(concat(UTF16LE_BOM, separatedBy('\t').replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE)),
				"UTF-16LE", "\t");
	}

	@Test
	void importsAShortWindows1251File() {
		String text = ImportApiIntegrationTest.ROSTER_HEADER.replace(',', ';') + "5А;1;Иванов;Пётр;;;;;\n";

		Response imported = postAsAdmin("/api/import/roster", "text/csv",
				text.getBytes(Charset.forName("windows-1251")));

		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(this.jdbc.sql("select first_name from student").query(String.class).single()).isEqualTo("Пётр");
	}

	@Test
	void refusesRandomBytesSayingTheFileIsNotTextAndChangesNothing() {
		byte[] bytes = new byte[20_000];
		new Random(15).nextBytes(bytes);

		Response rejected = postAsAdmin("/api/import/roster", "text/csv", bytes, "Accept-Language", "en");

		assertThat(rejected.status()).isEqualTo(400);
		JsonNode error = rejected.json().get("errors").get(0);
		assertThat(error.get("line").asInt()).isEqualTo(1);
		assertThat(error.get("problem").asString()).isEqualTo("not_text");
		assertThat(error.get("message").asString()).isEqualTo(
				"the file cannot be read as text in UTF-8, UTF-16, Windows-1251 or KOI8-R; save it as “CSV UTF-8”");
		assertThat(rejected.json().get("total").asInt()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from student").query(Long.class).single()).isZero();
	}

	@Test
	void refusesUtf8BrokenOnLineSevenNamingIt() {
		byte[] good = (ROSTER + "7Б,1,Сидоров,").getBytes(StandardCharsets.UTF_8);
		byte[] broken = concat(concat(good, new byte[] { (byte) 0xD0, 'x' }),
				",,,,,,\n".getBytes(StandardCharsets.UTF_8));

		Response rejected = postAsAdmin("/api/import/roster", "text/csv", broken);

		assertThat(rejected.status()).isEqualTo(400);
		JsonNode error = rejected.json().get("errors").get(0);
		assertThat(error.get("line").asInt()).isEqualTo(7);
		assertThat(error.get("problem").asString()).isEqualTo("not_utf8");
		assertThat(error.get("message").asString())
			.isEqualTo("файл не в кодировке UTF-8; сохраните его как «CSV UTF-8»");
		assertThat(this.jdbc.sql("select count(*) from student").query(Long.class).single()).isZero();
	}

	@Test
	void refusesWindows1251WithAByteItLacksNamingTheLine() {
		byte[] good = (separatedBy(';') + "7Б;1;Сидоров;").getBytes(Charset.forName("windows-1251"));
		byte[] broken = concat(good, new byte[] { (byte) 0x98, ';', ';', ';', ';', ';', '\n' });

		Response rejected = postAsAdmin("/api/import/roster", "text/csv", broken);

		assertThat(rejected.status()).isEqualTo(400);
		JsonNode error = rejected.json().get("errors").get(0);
		assertThat(error.get("line").asInt()).isEqualTo(7);
		assertThat(error.get("problem").asString()).isEqualTo("not_text");
		assertThat(error.get("value").asString()).isEqualTo("windows-1251");
	}

	@Test
	void importsStaffWithSemicolonsAndQuotedPairsOfClassAndSubject() {
		postAsAdmin("/api/import/roster", "text/csv", ROSTER);
		String staff = """
				last_name;first_name;middle_name;role;class_teacher_of;teaches
				Соколова;Елена;Викторовна;teacher;5А;"5А:Алгебра;5А:Геометрия"
				""";

		Response imported = postAsAdmin("/api/import/staff", "text/csv",
				staff.getBytes(Charset.forName("windows-1251")));

		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(imported.json().get("file").get("separator").asString()).isEqualTo(";");
		assertThat(this.jdbc.sql("select count(*) from teaching_assignment").query(Long.class).single()).isEqualTo(2);
	}

	private void assertImported(byte[] file, String encoding, String separator) {
		Response imported = postAsAdmin("/api/import/roster", "text/csv", file);

		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(imported.json().get("message").asString()).isEqualTo("Список учеников загружен: 5 строк.");
		JsonNode summary = imported.json().get("summary");
		assertThat(summary.get("students").get("created").asInt()).isEqualTo(4);
		assertThat(summary.get("guardians").get("created").asInt()).isEqualTo(3);
		assertThat(imported.json().get("file").get("encoding").asString()).isEqualTo(encoding);
		assertThat(imported.json().get("file").get("separator").asString()).isEqualTo(separator);
		assertThat(this.jdbc.sql("select last_name || ' ' || first_name from student order by id")
			.query(String.class)
			.list()).containsExactly("Иванов Пётр", "Петрова Анна", "Иванова Ольга", "О'Нил Мэри, младшая");
		assertThat(this.jdbc.sql("select full_name from guardian order by id").query(String.class).list())
			.containsExactly("Иванова Мария Петровна", "Иванов Сергей Олегович", "Смирнова Ксения");
	}

	/**
	 * The roster with the separator given instead of commas outside quotes.
	 */
	private static String separatedBy(char separator) {
		StringBuilder text = new StringBuilder();
		boolean quoted = false;
		for (char c : ROSTER.toCharArray()) {
			quoted ^= (c == '"');
			text.append((c == ',' && !quoted) ? separator : c);
		}
		return text.toString();
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
