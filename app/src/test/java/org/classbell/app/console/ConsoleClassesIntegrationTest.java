package org.classbell.app.console;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConsoleClassesIntegrationTest extends ConsoleBrowserIntegrationTest {

	private static final long OLGA = 9201;

	private static final long IGOR = 9202;

	private static final Pattern START = Pattern.compile("https://t\\.me/school_console_bot\\?start=([0-9A-Z]{12})");

	private static final Pattern MAX_START = Pattern
		.compile("https://max\\.ru/school_console_max_bot\\?start=([0-9A-Z]{12})");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Test
	void anAdminSeesEveryClassWithItsFamiliesInTheSchoolsOrder() {
		Browser page = logInAs(ADMIN).open("/console/classes");

		assertThat(page.heading()).isEqualTo("Классы");
		List<String> rows = page.findAll("table.classes-list tbody tr").stream().map(WebElement::getText).toList();
		assertThat(rows).containsExactly("5А 3 2 67 % (2 из 3) Орлова Анна Петровна",
				"5Б 2 2 50 % (1 из 2) Смирнов Павел Игоревич");
		page.screenshot("classes");
		assertAccessible();

		page.click("a[href$='/console/classes/" + classId("5Б") + "']");
		assertThat(page.heading()).isEqualTo("Класс 5Б");
		assertThat(page.mainText()).contains("Григорьева Дарья", "Данилова Вера");
		page.open("/console/classes?lang=en");
		assertThat(page.find("table.classes-list tbody tr").getText())
			.isEqualTo("5А 3 2 67 % (2 of 3) Орлова Анна Петровна");
	}

	@Test
	void aClassTeacherSeesTheirClassOnlyAndIsRefusedAnothersPageAndInviteSheet() {
		Browser page = logInAs(TEACHER_5A).open("/console/classes");
		assertThat(page.findAll("table.classes-list tbody tr")).extracting(WebElement::getText)
			.containsExactly("5А 3 2 67 % (2 из 3) Орлова Анна Петровна");

		page.open("/console/classes/" + classId("5Б"));
		assertThat(page.heading()).isEqualTo("Нет доступа");
		assertThat(page.mainText()).doesNotContain("Григорьева");

		page.open("/console/classes/" + classId("5А"));
		page.driver()
			.executeScript("document.querySelector('.invites form').action = arguments[0]",
					"/console/classes/" + classId("5Б") + "/invites");
		page.click(".invites form button[type=submit]");
		assertThat(page.heading()).isEqualTo("Нет доступа");
		assertThat(page.findAll(".slip")).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from invite_code where guardian_id is not null")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theClassPageShowsHowEachGuardianIsReachedTheirConsentAndOptOuts() {
		redeem(OLGA, codesOfClass("5А").get("Абрамова Ольга"));
		redeemInMax(OLGA, codesOfClass("5А").get("Абрамова Ольга"));
		long igor = this.jdbc.sql("select id from guardian where full_name = 'Белов Игорь'").query(Long.class).single();
		this.jdbc.sql("""
				insert into consent_event (guardian_id, purpose, given, source, detail, at)
				values (?, 'sms', false, 'sms', 'STOP', ?)
				""").params(igor, java.sql.Timestamp.from(this.clock.instant())).update();

		Browser page = logInAs(ADMIN).open("/console/classes/" + classId("5А"));

		assertThat(page.heading()).isEqualTo("Класс 5А");
		List<String> rows = page.findAll("table.families tbody tr").stream().map(WebElement::getText).toList();
		assertThat(rows).hasSize(3);
		assertThat(page.findAll("table.families tbody tr .messengers")).extracting(WebElement::getText)
			.as("the messengers a guardian linked, once each")
			.containsExactly("Telegram, MAX");
		assertThat(rows.get(0)).contains("1", "Абрамов Денис", "Абрамова Ольга", "Telegram, MAX",
				"подключён 25.11.2026", "согласие в боте ещё не подтверждено", "дано", "по списку класса");
		assertThat(rows.get(1)).contains("2", "Белова Ксения", "Белов Игорь", "Нет связи", "+79120000002",
				"SMS отключены 25.11.2026", "ответом STOP на SMS");
		assertThat(rows.get(2)).contains("3", "Васильев Глеб", "Родители не указаны в списке класса");
		page.screenshot("class");
		page.screenshot("class-phone", true);
		assertAccessible();
	}

	@Test
	void theClassTeacherSeesTodaysAbsencesWithTheParentsAnswers() {
		java.time.LocalDate today = java.time.LocalDate.ofInstant(this.clock.instant(),
				java.time.ZoneId.of("Europe/Moscow"));
		long denis = studentId("Абрамов");
		long ksenia = studentId("Белова");
		this.jdbc.sql(
				"insert into attendance (student_id, day, lesson_no, status, recorded_at) values (?, ?, null, 'absent', now())")
			.params(denis, today)
			.update();
		this.jdbc.sql("""
				insert into attendance (student_id, day, lesson_no, status, reason, recorded_at)
				values (?, ?, 2, 'excused', 'болеет, со слов родителя', now()), (?, ?, 3, 'excused', null, now())
				""").params(ksenia, today, ksenia, today).update();
		this.jdbc
			.sql("""
					insert into alert_answer (school_id, student_id, day, guardian_id, answer, source, answered_at, excused_at)
					select s.school_id, s.id, ?, sg.guardian_id, 'ill', 'telegram', now(), now()
					from student s join student_guardian sg on sg.student_id = s.id where s.id = ?
					""")
			.params(today, ksenia)
			.update();

		Browser page = logInAs(TEACHER_5A).open("/console/classes/" + classId("5А"));

		assertThat(page.find("#absences-heading").getText()).startsWith("Отсутствуют сегодня, ");
		assertThat(page.findAll("table.absences-today tbody tr")).extracting(WebElement::getText)
			.containsExactly("Абрамов Денис весь день ответа нет нет", "Белова Ксения уроков: 2 Болеет да");
		page.screenshot("class-absences");
		assertAccessible();
		page.open("/console/classes/" + classId("5А") + "?lang=en");
		assertThat(page.findAll("table.absences-today tbody tr")).extracting(WebElement::getText)
			.containsExactly("Абрамов Денис the whole day no answer no", "Белова Ксения lessons: 2 Ill yes");
	}

	@Test
	void aClassOfFortyStudentsIsShownWhole() {
		StringBuilder roster = new StringBuilder(ROSTER);
		for (int i = 1; i <= 40; i++) {
			roster.append("7В,%d,Ученик%02d,Иван,,Родитель%02d Мария,+7913000%04d,ru,yes\n".formatted(i, i, i, i));
		}
		assertThat(postAsAdmin("/api/import/roster", "text/csv", roster.toString()).status()).isEqualTo(200);

		Browser page = logInAs(ADMIN).open("/console/classes/" + classId("7В"));

		assertThat(page.findAll("table.families tbody tr")).hasSize(40);
		assertThat(page.mainText()).contains("Учеников: 40. Родителей: 40.", "Ученик40 Иван", "Родитель40 Мария");
	}

	@Test
	void anInviteSheetHasATelegramAndAMaxQrCodePerGuardianWithoutAMessengerThatLinkTheirAccount() throws Exception {
		Browser page = logInAs(TEACHER_5A).open("/console/classes/" + classId("5А"));
		page.click(".invites form button[type=submit]");

		assertThat(page.heading()).isEqualTo("Приглашения, класс 5А");
		List<WebElement> slips = page.findAll(".slip");
		assertThat(slips).hasSize(2);
		assertThat(slips.get(0).getText()).contains("Абрамов Денис", "Абрамова Ольга", "Класс: 5А",
				"Наведите камеру телефона на QR-код мессенджера, которым пользуетесь");
		assertThat(page.findAll("[data-print]")).hasSize(1);
		List<String> codes = page.findAll("input[name=code]")
			.stream()
			.map((input) -> input.getAttribute("value"))
			.toList();
		assertThat(codes).hasSize(2).allMatch((code) -> code.matches("[0-9A-Z]{12}"));
		List<String> telegramLinks = links(page, "telegram");
		List<String> maxLinks = links(page, "max");
		assertThat(telegramLinks).containsExactly(
				codes.stream().map((code) -> "https://t.me/school_console_bot?start=" + code).toArray(String[]::new));
		assertThat(maxLinks).containsExactly(codes.stream()
			.map((code) -> "https://max.ru/school_console_max_bot?start=" + code)
			.toArray(String[]::new));
		assertThat(page.findAll(".slip-link-name")).extracting(WebElement::getText)
			.containsExactly("Telegram:", "MAX:", "Telegram:", "MAX:");
		assertThat(page.findAll(".slip-code strong")).extracting(WebElement::getText)
			.containsExactly(codes.stream().map(ConsoleClassesIntegrationTest::grouped).toArray(String[]::new));
		for (WebElement slip : slips) {
			assertThat(slip.findElements(By.cssSelector(".slip-qr figcaption"))).extracting(WebElement::getText)
				.as("each slip's two codes under their messengers' names")
				.containsExactly("Telegram", "MAX");
		}
		List<String> telegramDecoded = decodedQrCodes(page, "telegram");
		List<String> maxDecoded = decodedQrCodes(page, "max");
		assertThat(telegramDecoded).isEqualTo(telegramLinks);
		assertThat(maxDecoded).isEqualTo(maxLinks);
		page.screenshot("invite-sheet");
		page.screenshot("invite-sheet-phone", true);
		assertAccessible();
		page.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(page.find("header.top").isDisplayed()).as("menus hidden in print").isFalse();
		page.screenshot("invite-sheet-print");
		page.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		assertThat(this.jdbc.sql("select count(*) from invite_code where class_id = ? and issued_by = ?")
			.params(classId("5А"), "staff:" + staffId("Орлова"))
			.query(Long.class)
			.single()).isEqualTo(2);

		String csrf = page.find("form[action$='/invites/pdf'] input[name=_csrf]").getAttribute("value");
		HttpResponse<byte[]> pdf = postForm("/console/classes/" + classId("5А") + "/invites/pdf", csrf, codes);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		java.nio.file.Files.write(Browser.SCREENSHOTS.resolve("invite-sheet.pdf"), pdf.body());
		PdfReader reader = new PdfReader(pdf.body());
		String text = new PdfTextExtractor(reader).getTextFromPage(1);
		assertThat(text).contains("Абрамова Ольга", "Белов Игорь", "Класс: 5А", "Абрамов Денис");
		for (String code : codes) {
			assertThat(text).contains(grouped(code));
			assertThat(text.replaceAll("[\\s\u00a0]", "")).as("the links, which may wrap")
				.contains("Telegram:https://t.me/school_console_bot?start=" + code,
						"MAX:https://max.ru/school_console_max_bot?start=" + code);
		}
		assertThat(text.split("Код действует один раз", -1)).as("each slip laid out to its last line").hasSize(3);
		List<String> allLinks = new ArrayList<>(telegramLinks);
		allLinks.addAll(maxLinks);
		assertThat(decodeAll(reader.getPageContent(1))).containsExactlyInAnyOrderElementsOf(allLinks);
		assertThat(postForm("/console/classes/" + classId("5Б") + "/invites/pdf", csrf, codes).statusCode())
			.as("another class's sheet")
			.isEqualTo(403);

		Matcher olgasTelegram = START.matcher(telegramDecoded.get(0));
		assertThat(olgasTelegram.matches()).isTrue();
		redeem(OLGA, olgasTelegram.group(1));
		Matcher igorsMax = MAX_START.matcher(maxDecoded.get(1));
		assertThat(igorsMax.matches()).isTrue();
		redeemInMax(IGOR, igorsMax.group(1));
		assertThat(this.jdbc.sql("""
				select g.full_name || ' ' || l.messenger from chat_link l join guardian g on g.id = l.guardian_id
				where l.guardian_id is not null order by g.full_name
				""").query(String.class).list()).containsExactly("Абрамова Ольга telegram", "Белов Игорь max");
		assertThat(this.jdbc.sql("select user_id from chat_link where messenger = 'max' and guardian_id is not null")
			.query(Long.class)
			.single()).isEqualTo(IGOR);
		assertThat(postForm("/console/classes/" + classId("5А") + "/invites/pdf", csrf, codes).statusCode())
			.as("used codes are not printed again")
			.isEqualTo(400);
		page.open("/console/classes/" + classId("5А"));
		assertThat(page.findAll("table.families tbody tr .messengers")).extracting(WebElement::getText)
			.containsExactly("Telegram", "MAX");
		page.click(".invites form button[type=submit]");
		assertThat(page.mainText()).contains("печатать нечего");
	}

	private static List<String> links(Browser page, String messenger) {
		return page.findAll(".slip-link[data-messenger=" + messenger + "] .slip-url")
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	/**
	 * The texts of the page's QR codes of one messenger, slip by slip, each read by ZXing
	 * from a screenshot of it.
	 */
	private static List<String> decodedQrCodes(Browser page, String messenger) throws Exception {
		List<String> decoded = new ArrayList<>();
		for (WebElement qr : page.findAll(".slip-qr[data-messenger=" + messenger + "] svg.qr")) {
			decoded.add(decode(ImageIO.read(new ByteArrayInputStream(qr.getScreenshotAs(OutputType.BYTES)))));
		}
		return decoded;
	}

	private long classId(String name) {
		return this.jdbc.sql("select id from school_class where name = ?").param(name).query(Long.class).single();
	}

	private long staffId(String lastName) {
		return this.jdbc.sql("select id from staff where last_name = ?").param(lastName).query(Long.class).single();
	}

	private Map<String, String> codesOfClass(String name) {
		var answer = postAsAdmin("/api/invites", "application/json", "{\"class\": \"" + name + "\"}").json();
		var codes = new java.util.HashMap<String, String>();
		answer.forEach((row) -> codes.put(row.get("name").asString(), row.get("code").asString()));
		return codes;
	}

	private void redeem(long user, String code) {
		TELEGRAM.sendText(user, user, "/start " + code);
		awaitLinked(user, "telegram");
	}

	private void redeemInMax(long user, String code) {
		MAX.start(user, code);
		awaitLinked(user, "max");
	}

	private void awaitLinked(long user, String messenger) {
		await().atMost(WAIT)
			.until(() -> this.jdbc.sql("select count(*) from chat_link where user_id = ? and messenger = ?")
				.params(user, messenger)
				.query(Long.class)
				.single() == 1);
	}

	private HttpResponse<byte[]> postForm(String path, String csrf, List<String> codes)
			throws IOException, InterruptedException {
		String form = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)
				+ codes.stream().map((code) -> "&code=" + code).collect(Collectors.joining());
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Cookie", "SESSION=" + browser().cookie("SESSION"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String grouped(String code) {
		return code.substring(0, 4) + " " + code.substring(4, 8) + " " + code.substring(8);
	}

	private static String decode(BufferedImage image) throws Exception {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
	}

	/**
	 * Draws the small filled rectangles of a PDF page's content (the QR codes' modules;
	 * the slips' cut lines are larger and stroked) and decodes every QR code on it.
	 */
	private static List<String> decodeAll(byte[] content) throws NotFoundException {
		String operators = new String(content, StandardCharsets.ISO_8859_1);
		Matcher rectangle = Pattern.compile("(-?[\\d.]+) (-?[\\d.]+) (-?[\\d.]+) (-?[\\d.]+) re").matcher(operators);
		float scale = 3;
		BufferedImage page = new BufferedImage((int) (595 * scale), (int) (842 * scale), BufferedImage.TYPE_INT_RGB);
		Graphics2D canvas = page.createGraphics();
		canvas.setColor(Color.WHITE);
		canvas.fillRect(0, 0, page.getWidth(), page.getHeight());
		canvas.setColor(Color.BLACK);
		int modules = 0;
		while (rectangle.find()) {
			float height = Float.parseFloat(rectangle.group(4));
			if (height > 10) {
				continue;
			}
			float x = Float.parseFloat(rectangle.group(1));
			float y = Float.parseFloat(rectangle.group(2));
			float width = Float.parseFloat(rectangle.group(3));
			canvas.fill(new Rectangle2D.Float(x * scale, (842 - y - height) * scale, width * scale, height * scale));
			modules++;
		}
		canvas.dispose();
		assertThat(modules).as("QR modules drawn as rectangles").isGreaterThan(100);
		Result[] results = new QRCodeMultiReader().decodeMultiple(
				new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
				Map.of(DecodeHintType.TRY_HARDER, true));
		return new TreeSet<>(List.of(results).stream().map(Result::getText).toList()).stream().toList();
	}

	private long studentId(String lastName) {
		return this.jdbc.sql("select id from student where last_name = ?").param(lastName).query(Long.class).single();
	}

}
