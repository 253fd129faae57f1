package org.classbell.app.console;

import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.awaitility.Awaitility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven by Selenium through Debian's chromedriver (nothing
 * is downloaded): opens the console's pages, writes their screenshots under
 * {@code target/console-screenshots}, and runs axe-core's accessibility check in them.
 */
public final class Browser implements AutoCloseable {

	/** Where screenshots are written. */
	public static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

	static final String CHROMIUM = System.getProperty("classbell.test.chromium", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getProperty("classbell.test.chromedriver", "/usr/bin/chromedriver");

	private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	private final ChromeDriver driver;

	private final Path profile;

	private final String base;

	private Browser(ChromeDriver driver, Path profile, String base) {
		this.driver = driver;
		this.profile = profile;
		this.base = base;
	}

	/**
	 * A new browser, with no cookies, asking for Russian pages, on the app at the base
	 * URL.
	 */
	public static Browser start(String base) {
		try {
			Path profile = Files.createTempDirectory("classbell-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--disable-extensions", "--lang=ru", "--window-size=1280,900",
					"--user-data-dir=" + profile);
			options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ru"));
			// a question a page asks (data-confirm) waits for the test to answer it
			options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
			return new Browser(driver, profile, base);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * Opens a path of the app, or a whole URL.
	 */
	public Browser open(String pathOrUrl) {
		this.driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : this.base + pathOrUrl);
		return this;
	}

	/** The path of the page shown, with its query. */
	public String path() {
		String url = this.driver.getCurrentUrl();
		return url.startsWith(this.base) ? url.substring(this.base.length()) : url;
	}

	public WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	public List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	/** The text of the page's {@code main}. */
	public String mainText() {
		return find("main").getText();
	}

	/** The page's {@code h1}. */
	public String heading() {
		return find("h1").getText();
	}

	/** Types into the field with the id (or name). */
	public Browser type(String field, String text) {
		WebElement element = this.driver.findElements(By.id(field))
			.stream()
			.findFirst()
			.orElseGet(() -> this.driver.findElement(By.name(field)));
		element.clear();
		element.sendKeys(text);
		return this;
	}

	/**
	 * Clicks the element; for a submit button or a link, waits until the next page has
	 * replaced this one.
	 */
	public Browser click(String css) {
		WebElement element = find(css);
		boolean navigates = "a".equals(element.getTagName()) || "submit".equals(element.getAttribute("type"));
		WebElement page = find("html");
		element.click();
		if (navigates && !alertOpen()) {
			awaitNextPage(page);
		}
		return this;
	}

	/**
	 * Clicks a button whose form asks first ({@code data-confirm}), says yes, and waits
	 * for the next page.
	 */
	public Browser confirm(String css) {
		WebElement page = find("html");
		find(css).click();
		this.driver.switchTo().alert().accept();
		awaitNextPage(page);
		return this;
	}

	private boolean alertOpen() {
		try {
			this.driver.switchTo().alert();
			return true;
		}
		catch (NoAlertPresentException ex) {
			return false;
		}
	}

	/**
	 * Waits until the page that was shown has been replaced by the next one.
	 */
	public void awaitNextPage(WebElement page) {
		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
			try {
				page.getTagName();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return "complete".equals(script("return document.readyState"));
			}
		});
	}

	/** Clears the cookies: logged out, language forgotten. */
	public void forget() {
		this.driver.manage().deleteAllCookies();
	}

	/** The value of a cookie, if set. */
	public String cookie(String name) {
		org.openqa.selenium.Cookie cookie = this.driver.manage().getCookieNamed(name);
		return (cookie != null) ? cookie.getValue() : null;
	}

	/**
	 * Writes the whole page as {@code target/console-screenshots/<name>.png}, at desktop
	 * width, or a phone's when {@code phone}.
	 */
	public Path screenshot(String name, boolean phone) {
		int width = phone ? 390 : 1280;
		this.driver.manage().window().setSize(new Dimension(width, 900));
		// the window is taller than the page it shows by its own frame
		long height = ((Number) script("return Math.max(document.documentElement.scrollHeight, 600)"
				+ " + window.outerHeight - window.innerHeight"))
			.longValue();
		this.driver.manage().window().setSize(new Dimension(width, (int) Math.min(height, 8000)));
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.driver.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	public Path screenshot(String name) {
		return screenshot(name, false);
	}

	/**
	 * Runs axe-core in the page: its serious and critical violations, each as
	 * {@code rule: help (elements)}.
	 */
	@SuppressWarnings("unchecked")
	public List<String> seriousAccessibilityProblems() {
		if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
			script(axeSource());
		}
		Object found = this.driver.executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						axe.run(document, { resultTypes: ['violations'] }).then((results) => done(results.violations
						    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
						    .map((v) => v.id + ': ' + v.help + ' (' + v.nodes.map((n) => n.target.join(' ')).join(', ') + ')')));
						""");
		return (List<String>) found;
	}

	private Object script(String script) {
		return ((JavascriptExecutor) this.driver).executeScript(script);
	}

	private static String axeSource() {
		try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
			if (in == null) {
				throw new IllegalStateException(AXE + " is not on the test class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			org.springframework.util.FileSystemUtils.deleteRecursively(this.profile.toFile());
		}
	}

}
