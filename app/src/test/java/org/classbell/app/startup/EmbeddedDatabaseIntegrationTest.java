package org.classbell.app.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.classbell.ClassBellApplication;
import org.classbell.store.testing.TestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts ClassBell as a technician does, with nothing configured but its data directory:
 * it runs its own PostgreSQL there, keeps data across restarts, and says in the log what
 * is on and off.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseIntegrationTest {

	static final String ROSTER = """
			class,list_no,last_name,first_name,middle_name,guardian_name,guardian_phone,guardian_language,consent
			5А,1,Иванов,Пётр,,Иванова Мария,+79123456789,ru,yes
			""";

	@TempDir
	Path home;

	@Test
	void runsItsOwnDatabaseInClassBellHomeAndKeepsDataAcrossRestarts(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext first = start("classbell.home=" + this.home)) {
			assertThat(this.home.resolve("pg/PG_VERSION")).exists();
			String token = Files.readString(this.home.resolve("admin-token")).strip();
			HttpResponse<String> imported = importRoster(first, token);
			assertThat(imported.statusCode()).isEqualTo(200);
			assertThat(imported.body()).contains("\"created\":1");
		}
		try (ConfigurableApplicationContext second = start("classbell.home=" + this.home)) {
			String token = Files.readString(this.home.resolve("admin-token")).strip();
			assertThat(importRoster(second, token).body()).as("the student is still there")
				.contains("\"students\":{\"created\":0,\"updated\":0,\"unchanged\":1");
			assertThat(second.getBean(JdbcClient.class).sql("select count(*) from guardian").query(Long.class).single())
				.isOne();
		}
		assertThat(output.getOut()).containsOnlyOnce("Generated the admin API token")
			.contains("Telegram: off (set CLASSBELL_TELEGRAM_TOKEN")
			.contains("SMS: off (set CLASSBELL_TWILIO_ACCOUNT_SID and CLASSBELL_TWILIO_AUTH_TOKEN")
			.contains("Templates: built-in (put overrides in " + this.home.resolve("templates") + "/<ru|en>/)")
			.contains("Admin API token: in " + this.home.resolve("admin-token"))
			.contains("/actuator/prometheus, read with the admin token (set CLASSBELL_METRICS_TOKEN for a token that "
					+ "reads the metrics only)")
			.contains("Database: embedded PostgreSQL on port")
			.contains("/console (staff: /console in the bot gives a login link, made on this address until "
					+ "CLASSBELL_PUBLIC_URL is set; the operator: the admin token)");
	}

	@Test
	void startsNoDatabaseOfItsOwnWhenOneIsConfigured(CapturedOutput output) {
		TestDatabase.Connection database = TestDatabase.get();
		try (ConfigurableApplicationContext app = start("classbell.home=" + this.home,
				"spring.datasource.url=" + database.url(), "spring.datasource.username=" + database.username(),
				"spring.datasource.password=" + database.password(), "classbell.admin.token=configured",
				"classbell.metrics.token=configured-metrics-token")) {
			assertThat(app.getBeanProvider(EmbeddedPostgres.class).getIfAvailable()).isNull();
			assertThat(this.home.resolve("pg")).doesNotExist();
			assertThat(output.getOut()).contains("Database: PostgreSQL at " + database.url())
				.contains("Admin API token: set by CLASSBELL_ADMIN_TOKEN")
				.contains("/actuator/prometheus, read with the admin token or CLASSBELL_METRICS_TOKEN")
				.doesNotContain("configured-metrics-token");
		}
	}

	@Test
	void startsAfterAnEarlierRunWasKilledWithItsDatabaseStillRunning(CapturedOutput output) throws Exception {
		Process killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), OrphanedPostgres.class.getName(),
				this.home.resolve("pg").toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(killed.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null && !line.startsWith(OrphanedPostgres.READY)) {
				// wait until its PostgreSQL is up
			}
			assertThat(line).as("the first run's database started").isNotNull();
		}
		killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(this.home.resolve("pg/postmaster.pid")).as("its PostgreSQL outlived it").exists();

		try (ConfigurableApplicationContext app = start("classbell.home=" + this.home)) {
			assertThat(app.getBean(JdbcClient.class).sql("select 1").query(Integer.class).single()).isOne();
		}
		assertThat(output.getOut()).contains("was left running on " + this.home.resolve("pg"));
	}

	private static ConfigurableApplicationContext start(String... properties) {
		String[] all = new String[properties.length + 1];
		all[0] = "server.port=0";
		System.arraycopy(properties, 0, all, 1, properties.length);
		return new SpringApplicationBuilder(ClassBellApplication.class).properties(all).run();
	}

	private static HttpResponse<String> importRoster(ConfigurableApplicationContext app, String token)
			throws IOException, InterruptedException {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/import/roster"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(ROSTER))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Starts PostgreSQL on a data directory as ClassBell does, says so, and waits to be
	 * killed.
	 */
	static final class OrphanedPostgres {

		static final String READY = "READY";

		public static void main(String[] args) throws Exception {
			EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0])).setCleanDataDirectory(false).start();
			System.out.println(READY);
			System.out.flush();
			Thread.sleep(TimeUnit.MINUTES.toMillis(5));
		}

	}

}
