package org.classbell.app.backups;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.classbell.app.ApiIntegrationTest;
import org.classbell.store.backup.BackupLog;
import org.classbell.store.backup.Restores;
import org.classbell.store.cluster.Leadership;
import org.classbell.store.testing.ImportedSchool;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET} and {@code POST /api/backups} and the {@code backups} health component,
 * with two backup directories.
 */
@TestPropertySource(properties = "classbell.backup.dirs=${java.io.tmpdir}/classbell-backups-${random.uuid}/one,"
		+ "${java.io.tmpdir}/classbell-backups-${random.uuid}/two")
@ExtendWith(OutputCaptureExtension.class)
class BackupApiIntegrationTest extends ApiIntegrationTest {

	@Autowired
	Backups backups;

	@Autowired
	Leadership leadership;

	@Autowired
	ApplicationContext beans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Restores restores;

	@Autowired
	BackupLog backupLog;

	@Autowired
	DataSource dataSource;

	List<Path> directories;

	@BeforeEach
	void school() throws IOException {
		this.clock.reset();
		this.directories = this.backups.directories();
		for (Path directory : this.directories) {
			delete(directory);
		}
		new ImportedSchool(this.beans);
	}

	@AfterEach
	void clean() throws IOException {
		for (Path directory : this.directories) {
			delete(directory);
		}
	}

	@Test
	void writesOneBackupToEveryDirectoryAndProvesItRestores() throws IOException {
		Response made = postAsAdmin("/api/backups", "application/json", "");

		assertThat(made.status()).isEqualTo(201);
		JsonNode backup = made.json();
		String file = backup.get("file").asString();
		assertThat(file).isEqualTo("classbell-20261125-093000.backup");
		assertThat(backup.get("status").asString()).isEqualTo("done");
		assertThat(backup.get("trigger").asString()).isEqualTo("manual");
		assertThat(backup.get("verified").asBoolean()).isTrue();
		assertThat(backup.get("directories").values().stream().map(JsonNode::asString).toList())
			.containsExactlyElementsOf(this.directories.stream().map(Path::toString).toList());
		assertThat(backup.get("failures").isEmpty()).isTrue();
		assertThat(backup.get("rows").asLong()).isEqualTo(rows()).isPositive();
		String checksum = backup.get("checksum").asString();
		for (Path directory : this.directories) {
			Path copy = directory.resolve(file);
			assertThat(sha256(copy)).isEqualTo(checksum);
			assertThat(Files.size(copy)).isEqualTo(backup.get("size").asLong());
			assertThat(Files.readString(directory.resolve(file + ".sha256"))).isEqualTo(checksum + "  " + file + "\n");
		}

		Response listed = get("/api/backups", "Authorization", "Bearer " + TOKEN);
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json().get(0).get("file").asString()).isEqualTo(file);
		assertThat(listed.json().get(0).get("verified").asBoolean()).isTrue();
		assertThat(listed.json().get(0).get("checksum").asString()).isEqualTo(checksum);
	}

	@Test
	void refusesWithoutTheAdminToken() {
		assertThat(post("/api/backups", "application/json", "").status()).isEqualTo(401);
		assertThat(get("/api/backups").status()).isEqualTo(401);
		assertThat(
				post("/api/backups", "application/json", "", "Authorization", "Bearer wrong-token-0123456789").status())
			.isEqualTo(401);

		assertThat(this.jdbc.sql("select count(*) from backup").query(Long.class).single()).isZero();
		assertThat(this.directories).allMatch((directory) -> !Files.exists(directory));
	}

	@Test
	void answers409WhileAnotherNodeMakesOne() {
		try (Leadership.Lead other = this.leadership.tryLead("classbell.backup", "backup").orElseThrow()) {
			Response refused = postAsAdmin("/api/backups", "application/json", "", "Accept-Language", "en");

			assertThat(refused.status()).isEqualTo(409);
			assertThat(refused.json().get("message").asString())
				.isEqualTo("A backup is being made (on this node or another); ask again when it has finished");
		}
		assertThat(this.jdbc.sql("select count(*) from backup").query(Long.class).single()).isZero();
		assertThat(postAsAdmin("/api/backups", "application/json", "").status()).isEqualTo(201);
	}

	@Test
	void aDirectoryThatCannotBeWrittenFailsAloneAndLoudly(CapturedOutput output) throws IOException {
		Path broken = this.directories.get(0);
		Files.createDirectories(broken.getParent());
		Files.writeString(broken, "a file where the directory should be");

		Response made = postAsAdmin("/api/backups", "application/json", "");

		assertThat(made.status()).isEqualTo(201);
		JsonNode backup = made.json();
		assertThat(backup.get("directories").values().stream().map(JsonNode::asString).toList())
			.containsExactly(this.directories.get(1).toString());
		assertThat(backup.get("failures").get(0).asString()).isEqualTo(broken + ": not a directory");
		assertThat(backup.get("verified").asBoolean()).isTrue();
		assertThat(Files.exists(this.directories.get(1).resolve(backup.get("file").asString()))).isTrue();
		assertThat(output).contains("BACKUP INCOMPLETE: " + backup.get("file").asString() + " could not be written to ["
				+ broken + ": not a directory]");
	}

	@Test
	void healthIsDownWhenNoDirectoryTakesTheBackupAndUpAgainAfterTheNext(CapturedOutput output) throws IOException {
		assertThat(health("backups")).isEqualTo("UP");
		for (Path directory : this.directories) {
			Files.createDirectories(directory.getParent());
			Files.writeString(directory, "not a directory");
		}

		Response failed = postAsAdmin("/api/backups", "application/json", "", "Accept-Language", "en");

		assertThat(failed.status()).isEqualTo(500);
		assertThat(failed.json().get("message").asString())
			.isEqualTo("The backup classbell-20261125-093000.backup failed: no backup directory could be written");
		assertThat(failed.json().get("errors").size()).isEqualTo(2);
		assertThat(output).contains("BACKUP FAILED: classbell-20261125-093000.backup");
		assertThat(health("backups")).isEqualTo("DOWN");
		assertThat(get("/actuator/health", "Authorization", "Bearer " + TOKEN).json()
			.at("/components/backups/details/reason")
			.asString()).startsWith("the last backup, classbell-20261125-093000.backup, failed");
		assertThat(output).contains("BACKUPS ARE DOWN");

		for (Path directory : this.directories) {
			Files.delete(directory);
		}
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(postAsAdmin("/api/backups", "application/json", "").status()).isEqualTo(201);
		assertThat(health("backups")).isEqualTo("UP");
	}

	@Test
	void healthIsDownWhenTheLastVerifiedBackupIsOlderThanTwoDays() {
		this.clock.set(this.backupLog.backupsSince().orElseThrow().plus(Duration.ofHours(1)));
		assertThat(health("backups")).as("a new installation has two days for its first").isEqualTo("UP");
		assertThat(postAsAdmin("/api/backups", "application/json", "").status()).isEqualTo(201);

		this.clock.advance(Duration.ofHours(47));
		assertThat(health("backups")).isEqualTo("UP");

		this.clock.advance(Duration.ofHours(2));
		assertThat(health("backups")).isEqualTo("DOWN");
		assertThat(get("/actuator/health").status()).isEqualTo(503);
		assertThat(get("/actuator/health/liveness").status()).as("the service itself is alive").isEqualTo(200);
		assertThat(get("/actuator/health").json().at("/components/backups/details").isMissingNode())
			.as("details for the admin only")
			.isTrue();
	}

	@Test
	void healthIsDownWhenNoBackupWasVerifiedTwoDaysAfterBackupsCame() {
		Instant since = this.backupLog.backupsSince().orElseThrow();

		this.clock.set(since.plus(Duration.ofHours(47)));
		assertThat(health("backups")).isEqualTo("UP");

		this.clock.set(since.plus(Duration.ofHours(49)));
		assertThat(health("backups")).isEqualTo("DOWN");
		assertThat(get("/actuator/health", "Authorization", "Bearer " + TOKEN).json()
			.at("/components/backups/details/reason")
			.asString()).isEqualTo("no backup has been verified");
	}

	@Test
	void theMetricSaysHowOldTheLastVerifiedBackupIs() {
		assertThat(lastVerifiedAge()).as("before the first").isEqualTo("NaN");
		assertThat(postAsAdmin("/api/backups", "application/json", "").status()).isEqualTo(201);
		this.clock.advance(Duration.ofHours(1));

		assertThat(lastVerifiedAge()).isEqualTo("3600.0");
	}

	private String lastVerifiedAge() {
		return get("/actuator/prometheus", "Authorization", "Bearer " + TOKEN).body()
			.lines()
			.filter((line) -> line.startsWith("classbell_backup_last_verified_age_seconds "))
			.map((line) -> line.substring(line.indexOf(' ') + 1))
			.findFirst()
			.orElse("absent");
	}

	private long rows() {
		return this.restores.rowCounts(this.dataSource).values().stream().mapToLong(Long::longValue).sum();
	}

	private String health(String component) {
		return get("/actuator/health").json().at("/components/" + component + "/status").asString();
	}

	private static String sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void delete(Path directory) throws IOException {
		if (Files.isDirectory(directory)) {
			FileSystemUtils.deleteRecursively(directory);
		}
		else {
			Files.deleteIfExists(directory);
		}
	}

}
