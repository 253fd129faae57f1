package org.classbell.app.console;

import org.openqa.selenium.WebElement;
import org.openqa.selenium.Keys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleLoginIntegrationTest extends ConsoleBrowserIntegrationTest {

	@Test
	void aStaffMemberLogsInWithALinkFromTheBotThatWorksOnce() {
		String link = loginLink(ADMIN);
		assertThat(link).startsWith("http://localhost:" + this.port + "/console/login/link?token=");
		assertThat(TELEGRAM.calls("sendMessage").get(TELEGRAM.calls("sendMessage").size() - 1).body())
			.as("no link preview, which Telegram would fetch")
			.contains("\"is_disabled\":true");

		Browser page = browser().open(link);
		assertThat(page.mainText()).contains("Кузнецова Марина Сергеевна");
		page.screenshot("login-link");
		assertAccessible();
		page.click("main form button[type=submit]");

		assertThat(page.path()).isEqualTo("/console/today");
		assertThat(page.find("header").getText()).contains("Кузнецова Марина Сергеевна", "Импорт", "Настройки");
		page.click("form.logout button");
		assertThat(page.path()).isEqualTo("/console/login?out");

		page.open(link);
		assertThat(page.mainText()).contains("Ссылка уже использована или устарела");
		assertThat(page.findAll("input[name=token][type=hidden]")).isEmpty();
		page.open("/console/today");
		assertThat(page.path()).isEqualTo("/console/login");
	}

	@Test
	void aLinkExpiresAfterTenMinutes() {
		String link = loginLink(TEACHER_5A);
		this.clock.advance(Duration.ofMinutes(10).plusSeconds(1));

		Browser page = browser().open(link);

		assertThat(page.mainText()).contains("Ссылка уже использована или устарела");
		Long unused = this.jdbc.sql("select count(*) from console_login where used_at is null and expires_at < ?")
			.param(java.sql.Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		assertThat(unused).isPositive();
	}

	@Test
	void theLinkIsStoredOnlyAsAHash() {
		String link = loginLink(ADMIN);
		String token = link.substring(link.indexOf("token=") + 6);

		Long found = this.jdbc.sql("select count(*) from console_login where token_hash = ? or token_hash like ?")
			.params(token, "%" + token + "%")
			.query(Long.class)
			.single();

		assertThat(found).isZero();
	}

	@Test
	void aTeacherWhoLeadsNoClassIsToldTheConsoleIsNotForThem() {
		assertThat(askForConsole(SUBJECT_TEACHER))
			.isEqualTo("Веб-консоль — для администрации школы и классных руководителей.");
	}

	@Test
	void theOperatorLogsInWithTheAdminTokenInAFormAndAWrongTokenIsRefused() {
		Browser page = browser().open("/console/login");
		page.screenshot("login");
		assertAccessible();
		page.type("token", "not-the-token").click("form[action$='/console/login/token'] button[type=submit]");
		assertThat(page.mainText()).contains("Неверный токен администратора");
		assertThat(page.path()).as("the token never goes into a URL").doesNotContain("token=");

		logInAsOperator();
		assertThat(page.find("header").getText()).contains("Оператор", "Импорт");
	}

	@Test
	void theTokenFormRefusesEveryTokenForTenMinutesAfterTenWrongOnes() {
		try {
			Browser page = browser().open("/console/login");
			for (int i = 0; i < 10; i++) {
				page.type("token", "wrong-" + i).click("form[action$='/console/login/token'] button[type=submit]");
				assertThat(page.mainText()).contains("Неверный токен администратора");
			}
			page.type("token", TOKEN).click("form[action$='/console/login/token'] button[type=submit]");
			assertThat(page.mainText()).contains("Слишком много неверных токенов");
			assertThat(page.path()).isEqualTo("/console/login/token");

			this.clock.advance(Duration.ofMinutes(10));
			logInAsOperator();
		}
		finally {
			this.jdbc.sql("delete from rate_limit_bucket where id < 0 or id = ?").param((1L << 60) - 1).update();
		}
	}

	@Test
	void theOperatorLogsInWithTheKeyboardAlone() {
		Browser page = browser().open("/console/login");
		WebElement body = page.find("body");

		body.sendKeys(Keys.TAB);
		assertThat(page.driver().switchTo().activeElement().getText()).as("the first stop skips to the page")
			.isEqualTo("Перейти к содержанию");
		page.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		page.driver().switchTo().activeElement().sendKeys(Keys.TAB);
		WebElement focused = page.driver().switchTo().activeElement();
		while (!"token".equals(focused.getAttribute("id"))) {
			focused.sendKeys(Keys.TAB);
			focused = page.driver().switchTo().activeElement();
		}
		WebElement shown = page.find("html");
		focused.sendKeys(TOKEN, Keys.ENTER);
		page.awaitNextPage(shown);

		assertThat(page.path()).isEqualTo("/console/today");
	}

	@Test
	void aClassTeacherSeesTheirMenuAndIsRefusedTheSchoolsPages() {
		Browser page = logInAs(TEACHER_5A);
		assertThat(page.findAll("nav.menu a")).extracting((link) -> link.getText())
			.containsExactly("Сегодня", "Классы", "Изменения журнала");

		for (String refused : new String[] { "/console/import", "/console/settings", "/console/messages",
				"/console/monitoring" }) {
			page.open(refused);
			assertThat(page.heading()).as(refused).isEqualTo("Нет доступа");
		}
		page.screenshot("refused");
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		logInAs(ADMIN);

		HttpResponse<String> logout = withSession("POST", "/console/logout", "");

		assertThat(logout.statusCode()).isEqualTo(403);
		assertThat(logout.body()).contains("Форма устарела");
		Browser page = browser().open("/console/today");
		assertThat(page.path()).as("still logged in").isEqualTo("/console/today");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteAndLoginChangesIt() throws Exception {
		HttpResponse<String> login = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/console/login")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax"));
		assertThat(login.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");

		Browser page = browser().open("/console/login");
		String before = page.cookie("SESSION");
		logInAsOperator();
		assertThat(page.cookie("SESSION")).isNotEqualTo(before);
	}

	@Test
	void aSessionEndsAfterHalfAnHourIdle() {
		Browser page = logInAs(ADMIN);
		assertThat(this.jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
			.param("staff:" + staffId("Кузнецова"))
			.query(Integer.class)
			.single()).isEqualTo(30 * 60);

		this.jdbc
			.sql("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ?")
			.params(31 * 60 * 1000L, 31 * 60 * 1000L)
			.update();

		page.open("/console/today");
		assertThat(page.path()).isEqualTo("/console/login");
	}

	@Test
	void aStaffMemberWhoLeavesTheSchoolIsLoggedOutAtTheirNextPage() {
		Browser page = logInAs(TEACHER_5A);
		assertThat(postAsAdmin("/api/import/staff", "text/csv",
				STAFF.replace("Орлова,Анна,Петровна,teacher,5А,5А:Алгебра\n", ""))
			.status()).isEqualTo(200);

		page.open("/console/classes");

		assertThat(page.path()).isEqualTo("/console/login?gone");
		assertThat(page.mainText()).contains("Сеанс завершён");
	}

	@Test
	void theConsoleSpeaksEnglishWhenAsked() {
		Browser page = logInAsOperator();
		page.open("/console/today?lang=en");
		assertThat(page.heading()).isEqualTo("Today");
		page.open("/console/today");
		assertThat(page.heading()).as("the choice is kept").isEqualTo("Today");
		page.open("/console/today?lang=ru");
		assertThat(page.heading()).isEqualTo("Сегодня");
	}

	private long staffId(String lastName) {
		return this.jdbc.sql("select id from staff where last_name = ?").param(lastName).query(Long.class).single();
	}

	@Test
	void anUnknownPageIsAnsweredInWords() throws Exception {
		logInAsOperator();
		HttpResponse<String> missing = withSession("GET", "/console/no-such-page", null);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Страница не найдена");
	}

}
