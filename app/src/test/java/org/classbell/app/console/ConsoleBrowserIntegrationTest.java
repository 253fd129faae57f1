package org.classbell.app.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import org.classbell.app.ApiIntegrationTest;
import org.classbell.testing.FakeBotApi;
import org.classbell.testing.FakeMaxApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A test of the console in a real browser against the running app, with a fake Telegram
 * Bot API that staff ask for their login links through, a fake MAX Bot API (both
 * messengers on, so invites have a link for each), and a school: classes 5А and 5Б, an
 * administrator, the class teachers of 5А and 5Б, and a teacher who leads no class, each
 * with a linked Telegram account.
 */
public abstract class ConsoleBrowserIntegrationTest extends ApiIntegrationTest {

	static final String BOT_TOKEN = "515151:CONSOLE-bot-token-3f2a";

	static final FakeBotApi TELEGRAM = new FakeBotApi(BOT_TOKEN).username("school_console_bot");

	static final String MAX_TOKEN = "max-console-bot-token-51e2";

	static final FakeMaxApi MAX = new FakeMaxApi(MAX_TOKEN).username("school_console_max_bot");

	static final Duration WAIT = Duration.ofSeconds(20);

	/** Telegram users of the staff. */
	protected static final long ADMIN = 9101;

	protected static final long TEACHER_5A = 9102;

	protected static final long TEACHER_5B = 9103;

	protected static final long SUBJECT_TEACHER = 9104;

	protected static final String ROSTER = """
			class,list_no,last_name,first_name,middle_name,guardian_name,guardian_phone,guardian_language,consent
			5А,1,Абрамов,Денис,,Абрамова Ольга,+79120000001,ru,yes
			5А,2,Белова,Ксения,,Белов Игорь,+79120000002,ru,yes
			5А,3,Васильев,Глеб,,,,,
			5Б,1,Григорьева,Дарья,,Григорьева Нина,+79120000003,ru,yes
			5Б,2,Данилов,Егор,,Данилова Вера,+79120000004,ru,
			""";

	protected static final String STAFF = """
			last_name,first_name,middle_name,role,class_teacher_of,teaches
			Кузнецова,Марина,Сергеевна,admin,,
			Орлова,Анна,Петровна,teacher,5А,5А:Алгебра
			Смирнов,Павел,Игоревич,teacher,5Б,5Б:Алгебра
			Фёдоров,Илья,,teacher,,5А:История;5Б:История
			""";

	private static final Pattern LINK = Pattern.compile("http://localhost:\\d+/console/login/link\\?token=[\\w-]+");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static Browser browser;

	@Autowired
	protected JdbcClient jdbc;

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		registry.add("classbell.telegram.token", () -> BOT_TOKEN);
		registry.add("classbell.telegram.api-url", () -> TELEGRAM.url().toString());
	}

	@DynamicPropertySource
	static void max(DynamicPropertyRegistry registry) {
		registry.add("classbell.max.token", () -> MAX_TOKEN);
		registry.add("classbell.max.api-url", () -> MAX.url().toString());
		registry.add("classbell.max.username", () -> "school_console_max_bot");
	}

	@BeforeEach
	void school() {
		this.clock.reset();
		assertThat(postAsAdmin("/api/import/roster", "text/csv", ROSTER).status()).isEqualTo(200);
		assertThat(postAsAdmin("/api/import/staff", "text/csv", STAFF).status()).isEqualTo(200);
		link(ADMIN, "Кузнецова Марина");
		link(TEACHER_5A, "Орлова Анна");
		link(TEACHER_5B, "Смирнов Павел");
		link(SUBJECT_TEACHER, "Фёдоров Илья");
		browser().forget();
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	/** The browser, started once per test class; no cookies at the start of each test. */
	protected Browser browser() {
		if (browser == null) {
			browser = Browser.start("http://localhost:" + this.port);
		}
		return browser;
	}

	/**
	 * Links the Telegram user to the staff member with an invite code, unless linked.
	 */
	protected void link(long user, String staff) {
		Long linked = this.jdbc.sql("select count(*) from chat_link where user_id = ? and staff_id" + " is not null")
			.param(user)
			.query(Long.class)
			.single();
		if (linked > 0) {
			return;
		}
		String code = postAsAdmin("/api/invites", "application/json", "{\"staff\": \"" + staff + "\"}").json()
			.get(0)
			.get("code")
			.asString();
		int before = TELEGRAM.sentMessages(user).size();
		TELEGRAM.sendText(user, user, "/start " + code);
		await().atMost(WAIT).until(() -> TELEGRAM.sentMessages(user).size() > before);
	}

	/**
	 * Sends {@code /console} to the bot as the user: the bot's whole answer.
	 */
	protected String askForConsole(long user) {
		int before = TELEGRAM.sentMessages(user).size();
		TELEGRAM.sendText(user, user, "/console");
		await().atMost(WAIT).until(() -> TELEGRAM.sentMessages(user).size() > before);
		return TELEGRAM.lastSentMessage(user).orElseThrow().text();
	}

	/**
	 * The one-time login link the bot gives the user.
	 */
	protected String loginLink(long user) {
		String answer = askForConsole(user);
		Matcher link = LINK.matcher(answer);
		assertThat(link.find()).as("a login link in %s", answer).isTrue();
		return link.group();
	}

	/**
	 * Logs the browser in as the staff member behind the Telegram user, with a link from
	 * the bot.
	 */
	protected Browser logInAs(long user) {
		Browser page = browser().open(loginLink(user));
		page.click("main form button[type=submit]");
		assertThat(page.path()).startsWith("/console/today");
		return page;
	}

	/**
	 * Logs the browser in as the operator, with the admin token in the login form.
	 */
	protected Browser logInAsOperator() {
		Browser page = browser().open("/console/login");
		page.type("token", TOKEN).click("form[action$='/console/login/token'] button[type=submit]");
		assertThat(page.path()).startsWith("/console/today");
		return page;
	}

	/**
	 * Sends a request outside the browser with the browser's session cookie, as a page on
	 * another site would make the browser send it (or a script would): status and body.
	 */
	protected HttpResponse<String> withSession(String method, String path, String form) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Cookie", "SESSION=" + browser().cookie("SESSION"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.method(method,
					(form != null) ? HttpRequest.BodyPublishers.ofString(form) : HttpRequest.BodyPublishers.noBody())
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Asserts that axe-core finds no serious or critical problem in the page shown.
	 */
	protected void assertAccessible() {
		assertThat(browser().seriousAccessibilityProblems()).as("axe-core on %s", browser().path()).isEmpty();
	}

}
