package org.classbell.app.console.imports;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

import org.classbell.app.console.Browser;
import org.classbell.app.console.ConsoleBrowserIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import page in a browser: a file is checked first (errors by line, or what it would
 * change, with nothing changed), then imported once on a second click; only those who run
 * the school reach it.
 */
class ConsoleImportIntegrationTest extends ConsoleBrowserIntegrationTest {

	private static final String HEADER = "class,list_no,last_name,first_name,middle_name,guardian_name,guardian_phone,"
			+ "guardian_language,consent";

	/**
	 * The school's roster with a new class 6А of two, and Васильев moved from 5А to 5Б.
	 */
	private static final String NEXT_YEAR = """
			class;list_no;last_name;first_name;middle_name;guardian_name;guardian_phone;guardian_language;consent
			5А;1;Абрамов;Денис;;Абрамова Ольга;+79120000001;ru;yes
			5А;2;Белова;Ксения;;Белов Игорь;+79120000002;ru;yes
			5Б;1;Григорьева;Дарья;;Григорьева Нина;+79120000003;ru;yes
			5Б;2;Данилов;Егор;;Данилова Вера;+79120000004;ru;
			5Б;3;Васильев;Глеб;;;;;
			6А;1;Ёлкина;Мария;;Ёлкина Светлана;8 (912) 000-00-11;ru;yes
			6А;2;Жданов;Кирилл;;;;;
			""";

	@TempDir
	Path files;

	@Test
	void listsEveryBadLineOfARosterWithItsColumnAndChangesNothing() throws Exception {
		Browser page = logInAs(ADMIN);
		page.open("/console/import");
		assertThat(page.heading()).isEqualTo("Импорт из файла");
		Path roster = write("roster-errors.csv", HEADER + """

				5А,1,Абрамов,Денис,,Абрамова Ольга,+79120000001,ru,yes
				5А,4,Егоров,Иван,,Егорова Анна,12345,ru,yes
				,5,Жуков,Олег,,,,,
				5Б,3,Зайцева,Юлия,,Зайцев Пётр,+79120000009,ru,maybe
				""", StandardCharsets.UTF_8);

		upload("roster", roster);

		assertThat(page.find(".problem-count").getText()).isEqualTo("Ошибок: 3");
		assertThat(rows("table.problems")).containsExactly(
				List.of("3", "guardian_phone", "12345", "«12345» — не номер телефона, на который можно отправить SMS"),
				List.of("4", "class", "", "значение обязательно, а поле пустое"),
				List.of("5", "consent", "maybe", "«maybe» — укажите yes (согласие есть) или no"));
		assertThat(page.mainText()).contains("UTF-8, разделитель «,»", "ничего не изменено",
				"Загрузить исправленный файл");
		assertThat(page.findAll("form.apply")).as("nothing to import").isEmpty();
		assertThat(page.find("#kind-roster").isSelected()).as("the corrected file is a roster too").isTrue();
		assertThat(students()).isEqualTo(5);
		assertThat(count("select count(*) from student where last_name in ('Егоров', 'Жуков')")).isZero();
		assertThat(count("select count(*) from console_upload")).isZero();
		page.screenshot("import-errors");
		assertAccessible();
	}

	@Test
	void previewsAWindows1251RosterWithSemicolonsAndImportsItOnlyWhenAskedAndOnce() throws Exception {
		Browser page = logInAs(ADMIN);
		page.open("/console/import");
		upload("roster", write("ученики.csv", NEXT_YEAR, Charset.forName("windows-1251")));

		assertThat(page.heading()).isEqualTo("Проверка файла");
		assertThat(page.mainText()).contains("Файл «ученики.csv»: Ученики и родители.",
				"Windows-1251, разделитель «;» (точка с запятой)", "Ошибок нет", "Пока ничего не изменено");
		assertThat(change("Новые ученики")).isEqualTo("2");
		assertThat(change("Перевод в другой класс")).isEqualTo("1");
		assertThat(change("Выбытие (нет в списке своего класса)")).isEqualTo("0");
		assertThat(change("Новые классы")).isEqualTo("1");
		assertThat(change("Новые представители")).isEqualTo("1");
		assertThat(count("select count(*) from school_class where name = '6А'")).as("nothing applied yet").isZero();
		assertThat(classOf("Васильев")).isEqualTo("5А");
		assertThat(students()).isEqualTo(5);
		assertThat(count("select count(*) from console_upload")).isEqualTo(1);
		page.screenshot("import-preview");
		page.screenshot("import-phone", true);
		assertAccessible();
		String token = page.find("form.apply input[name=token]").getDomAttribute("value");
		String csrf = page.find("form.apply input[name=_csrf]").getDomAttribute("value");
		assertThat(count("select count(*) from console_upload where token_hash like '%" + token + "%'"))
			.as("only the token's hash is kept")
			.isZero();

		page.click("form.apply button[type=submit]");

		assertThat(page.heading()).isEqualTo("Импорт выполнен");
		assertThat(page.mainText()).contains("Данные из файла «ученики.csv» загружены");
		assertThat(change("Новые ученики")).isEqualTo("2");
		assertThat(change("Перевод в другой класс")).isEqualTo("1");
		assertThat(classOf("Жданов")).isEqualTo("6А");
		assertThat(classOf("Ёлкина")).isEqualTo("6А");
		assertThat(classOf("Васильев")).isEqualTo("5Б");
		assertThat(students()).isEqualTo(7);
		assertThat(count("select count(*) from console_upload")).isZero();
		assertThat(count("select count(*) from audit_log a where a.entity = 'student' and a.action = 'insert'"
				+ " and a.actor = (select 'staff:' || id from staff where last_name = 'Кузнецова')"))
			.as("imported as the admin")
			.isEqualTo(2);
		page.screenshot("import-done");
		assertAccessible();
		long audited = count("select count(*) from audit_log");

		HttpResponse<String> again = withSession("POST", "/console/import/apply", "token=" + token + "&_csrf=" + csrf);

		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("Этот файл уже импортирован", "Ничего не изменено повторно");
		assertThat(students()).isEqualTo(7);
		assertThat(count("select count(*) from audit_log")).as("nothing written again").isEqualTo(audited);
	}

	@Test
	void readsATabSeparatedUtf16FileAsSpreadsheetsSaveUnicodeText() throws Exception {
		Browser page = logInAs(ADMIN);
		page.open("/console/import");
		String text = "\uFEFF" + (HEADER + "\n5Б,3,Иванова,Зоя,,Иванов Олег,+79120000021,ru,yes\n").replace(',', '\t');

		upload("roster", write("unicode.txt", text, StandardCharsets.UTF_16LE));

		assertThat(page.mainText()).contains("UTF-16, разделитель — табуляция", "Ошибок нет");
		assertThat(change("Новые ученики")).isEqualTo("1");
		assertThat(count("select count(*) from student where last_name = 'Иванова'")).isZero();
	}

	@Test
	void previewsAStaffFileInEnglishSayingWhoBecomesInactive() throws Exception {
		Browser page = logInAs(ADMIN);
		page.open("/console/import?lang=en");
		assertThat(page.heading()).isEqualTo("Import from a file");
		String staff = STAFF.lines()
			.filter((line) -> !line.startsWith("Фёдоров"))
			.toList()
			.stream()
			.reduce("", (text, line) -> text + line + "\n");

		upload("staff", write("staff.csv", staff, StandardCharsets.UTF_8));

		assertThat(page.mainText()).contains("File “staff.csv”: Staff.", "Read as UTF-8, separated by “,” (commas).",
				"No mistakes");
		assertThat(change("Made inactive (not in the file)")).isEqualTo("1");
		assertThat(change("Unchanged")).isEqualTo("3");
		assertThat(count("select count(*) from staff where last_name = 'Фёдоров' and active")).isEqualTo(1);
		assertAccessible();
	}

	@Test
	void aClassTeacherIsRefusedTheImportPageAndItsApply() throws Exception {
		logInAs(ADMIN).open("/console/import");
		upload("roster", write("roster.csv", NEXT_YEAR, StandardCharsets.UTF_8));
		String token = browser().find("form.apply input[name=token]").getDomAttribute("value");
		browser().forget();

		Browser page = logInAs(TEACHER_5A);
		String csrf = page.find("form.logout input[name=_csrf]").getDomAttribute("value");
		page.open("/console/import");
		assertThat(page.heading()).isEqualTo("Нет доступа");
		HttpResponse<String> apply = withSession("POST", "/console/import/apply", "token=" + token + "&_csrf=" + csrf);

		assertThat(apply.statusCode()).isEqualTo(403);
		assertThat(apply.body()).contains("Нет доступа").doesNotContain("Форма устарела");
		assertThat(count("select count(*) from school_class where name = '6А'")).isZero();
		assertThat(students()).isEqualTo(5);
		assertThat(count("select count(*) from console_upload")).as("the admin's upload waits").isEqualTo(1);
	}

	@Test
	void anApplyWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		logInAs(ADMIN).open("/console/import");
		upload("roster", write("roster.csv", NEXT_YEAR, StandardCharsets.UTF_8));
		String token = browser().find("form.apply input[name=token]").getDomAttribute("value");

		HttpResponse<String> apply = withSession("POST", "/console/import/apply", "token=" + token);

		assertThat(apply.statusCode()).isEqualTo(403);
		assertThat(apply.body()).contains("Форма устарела");
		assertThat(students()).isEqualTo(5);
		assertThat(count("select count(*) from console_upload")).isEqualTo(1);
	}

	@Test
	void refusesAFileLargerThanTheLimitSayingTheLimitAndKeepsNothing() throws Exception {
		Browser page = logInAs(ADMIN);
		page.open("/console/import");
		String action = page.find("form.upload").getDomAttribute("action");
		byte[] large = rosterOf(11 * 1024 * 1024);
		Path file = this.files.resolve("large.csv");
		Files.write(file, large);

		upload("roster", file);

		assertThat(page.heading()).isEqualTo("Импорт из файла");
		assertThat(page.find(".summary").getText()).contains("Файл больше 10 МБ", "Ничего не сохранено");
		page.screenshot("import-too-large");
		assertAccessible();
		HttpResponse<String> refused = multipart(action, "roster", large);
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("Файл больше 10 МБ");
		assertThat(count("select count(*) from console_upload")).isZero();
		assertThat(students()).isEqualTo(5);
	}

	@Test
	void theCsrfTokenOfAnUploadIsReadFromTheFormsParts() throws Exception {
		logInAs(ADMIN).open("/console/import");
		String csrf = browser().find("form.upload input[name=_csrf]").getDomAttribute("value");
		byte[] roster = NEXT_YEAR.getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> checked = multipart("/console/import", "roster", roster, "_csrf", csrf);
		HttpResponse<String> refused = multipart("/console/import", "roster", roster);

		assertThat(checked.statusCode()).isEqualTo(200);
		assertThat(checked.body()).contains("Ошибок нет");
		assertThat(refused.statusCode()).isEqualTo(403);
	}

	private void upload(String kind, Path file) {
		Browser page = browser();
		page.click("#kind-" + kind);
		page.find("#file").sendKeys(file.toAbsolutePath().toString());
		page.click("form.upload button[type=submit]");
	}

	private Path write(String name, String text, Charset charset) throws Exception {
		Path file = this.files.resolve(name);
		Files.write(file, text.getBytes(charset));
		return file;
	}

	/** The cells of a table's body, row by row. */
	private List<List<String>> rows(String table) {
		return browser().findAll(table + " tbody tr")
			.stream()
			.map((row) -> row.findElements(org.openqa.selenium.By.cssSelector("td"))
				.stream()
				.map(WebElement::getText)
				.toList())
			.toList();
	}

	/** The figure of a line of what changes, by its label. */
	private String change(String label) {
		return browser().findAll(".changes tr")
			.stream()
			.filter((row) -> row.findElement(org.openqa.selenium.By.cssSelector("th")).getText().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no line " + label))
			.findElement(org.openqa.selenium.By.cssSelector("td"))
			.getText();
	}

	private long students() {
		return count("select count(*) from student where active");
	}

	private String classOf(String lastName) {
		return this.jdbc
			.sql("select c.name from student s join school_class c on c.id = s.class_id"
					+ " where s.last_name = ? and s.active")
			.param(lastName)
			.query(String.class)
			.single();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	/**
	 * A form like the page's, sent with the browser's session cookie: the file, what it
	 * holds, and further fields as name and value.
	 */
	private HttpResponse<String> multipart(String path, String kind, byte[] file, String... fields) throws Exception {
		String boundary = "classbell-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			part(body, boundary, "Content-Disposition: form-data; name=\"" + fields[i] + "\"", fields[i + 1]);
		}
		part(body, boundary, "Content-Disposition: form-data; name=\"kind\"", kind);
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"roster.csv\""
				+ "\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Cookie", "SESSION=" + browser().cookie("SESSION"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static void part(ByteArrayOutputStream body, String boundary, String disposition, String value) {
		body.writeBytes(("--" + boundary + "\r\n" + disposition + "\r\n\r\n" + value + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
	}

	/** A good roster of at least the given size in bytes. */
	private static byte[] rosterOf(int bytes) {
		StringBuilder roster = new StringBuilder(HEADER).append('\n');
		for (int i = 0; roster.length() < bytes; i++) {
			roster.append("7А,").append(i % 30 + 1).append(",Фамилия").append(i).append(",Имя,,,,,\n");
		}
		return roster.toString().getBytes(StandardCharsets.UTF_8);
	}

}
