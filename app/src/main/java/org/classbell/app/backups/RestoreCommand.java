package org.classbell.app.backups;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.classbell.store.ClassBellHome;
import org.classbell.store.backup.BackupManifest;
import org.classbell.store.backup.BackupRefused;
import org.classbell.store.backup.Checksums;
import org.classbell.store.backup.RestoreReport;
import org.classbell.store.backup.Restores;
import org.classbell.store.embedded.EmbeddedData;
import org.classbell.store.embedded.EmbeddedDatabaseConfiguration;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.util.StringUtils;

/**
 * {@code java -jar classbell.jar restore <backup file>}: restores a backup on a stopped
 * service. It checks the file first (the checksum in the {@code .sha256} file beside it,
 * then each table's checksum and the schema version inside it), then restores into the
 * database the service is configured with, which must be empty: the embedded database of
 * {@code $CLASSBELL_HOME}, moved aside to {@code pg.before-restore-<time>} first when it
 * holds one, or the external one of {@code SPRING_DATASOURCE_URL}. It prints the rows
 * restored per table and how long it took. Other arguments ({@code --classbell.home=...})
 * configure it as they do the service.
 */
public final class RestoreCommand {

	/** The command's name, the first argument. */
	public static final String NAME = "restore";

	/** The option that cancels the messages waiting to be sent in the backup. */
	static final String CANCEL_WAITING = "--cancel-queued";

	private final PrintStream out;

	private final Clock clock;

	/** The database restored into, in words. */
	private String target = "the database";

	/**
	 * The embedded database's home and where its database was moved; null if none was.
	 */
	private ClassBellHome home;

	private Path aside;

	public RestoreCommand(PrintStream out, Clock clock) {
		this.out = out;
		this.clock = clock;
	}

	/**
	 * Runs the command.
	 * @param args the arguments after {@code restore}: the file, and properties as
	 * {@code --name=value}
	 * @return the exit code: 0 restored, 1 refused or failed, 2 used wrongly
	 */
	public int run(String... args) {
		List<String> files = new ArrayList<>();
		List<String> properties = new ArrayList<>();
		boolean cancelWaiting = false;
		for (String arg : args) {
			if (arg.equals(CANCEL_WAITING)) {
				cancelWaiting = true;
			}
			else {
				(arg.startsWith("--") ? properties : files).add(arg);
			}
		}
		if (files.size() != 1) {
			this.out.println("Usage: java -jar classbell.jar restore <backup file> [" + CANCEL_WAITING
					+ "] [--property=value ...]");
			this.out.println("Restores a backup into an empty database, with the service stopped. " + CANCEL_WAITING
					+ " cancels the messages that were waiting to be sent when the backup was made.");
			return 2;
		}
		Path file = Path.of(files.get(0)).toAbsolutePath().normalize();
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			this.out.println("Refused: " + file + " is not a file this user can read");
			return 1;
		}
		long started = this.clock.millis();
		try {
			String checksum = sidecar(file);
			BackupManifest manifest = Restores.inspect(file);
			this.out.println("Restoring " + file + ": " + checksum + ", made "
					+ manifest.createdAt().truncatedTo(ChronoUnit.SECONDS) + ", schema " + manifest.schemaVersion()
					+ ", " + manifest.totalRows() + " rows in " + manifest.tables().size() + " tables");
			properties.add("--spring.main.web-application-type=none");
			RestoreReport report;
			int cancelled;
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Context.class)
				.web(WebApplicationType.NONE)
				.logStartupInfo(false)
				.properties("logging.level.root=WARN", "spring.main.banner-mode=off",
						// what failed is said below, without a stack trace
						"logging.level.org.springframework.boot.SpringApplication=OFF")
				.initializers((ctx) -> moveEmbeddedAside(ctx))
				.run(properties.toArray(String[]::new))) {
				Restores restores = context.getBean(Restores.class);
				report = restores.restore(file);
				cancelled = cancelWaiting ? restores.cancelWaiting() : 0;
			}
			print(report, cancelled, this.clock.millis() - started);
			return 0;
		}
		catch (BackupRefused ex) {
			this.out.println("Refused: " + ex.getMessage());
			undoMove();
			return 1;
		}
		catch (RuntimeException ex) {
			this.out.println("The restore failed: " + ex.getMessage());
			undoMove();
			return 1;
		}
	}

	/**
	 * Puts the embedded database moved aside back in its place, after a restore that
	 * failed, and says what is where.
	 */
	private void undoMove() {
		if (this.aside == null) {
			this.out.println("Nothing was changed.");
			return;
		}
		try {
			EmbeddedData.moveBack(this.home, this.aside);
			this.out.println("The database that was in " + EmbeddedData.directory(this.home)
					+ " is back in its place. Nothing was changed.");
		}
		catch (RuntimeException ex) {
			this.out.println("The database that was in " + EmbeddedData.directory(this.home) + " is kept in "
					+ this.aside + " and could not be moved back (" + ex.getMessage() + "): move it back by hand"
					+ " before starting ClassBell.");
		}
	}

	/**
	 * Checks the file against the checksum beside it.
	 * @return what was checked, in words
	 */
	private static String sidecar(Path file) {
		Optional<String> expected;
		try {
			expected = BackupDirectory.checksumBeside(file);
		}
		catch (IOException ex) {
			throw new BackupRefused("The checksum file beside " + file + " cannot be read: " + ex.getMessage(), ex);
		}
		if (expected.isEmpty()) {
			return "no " + BackupName.CHECKSUM_SUFFIX + " file beside it, so the checksums inside it are checked";
		}
		String actual = sha256(file);
		if (!actual.equalsIgnoreCase(expected.get())) {
			throw new BackupRefused(file + " does not match its checksum: the " + BackupName.CHECKSUM_SUFFIX
					+ " file says " + expected.get() + ", the file's is " + actual + ". It is damaged or incomplete;"
					+ " take the copy from another backup directory");
		}
		return "checksum matches";
	}

	private void moveEmbeddedAside(ConfigurableApplicationContext context) {
		var environment = context.getEnvironment();
		String url = environment.getProperty("spring.datasource.url");
		if (StringUtils.hasText(url)) {
			this.target = "the database " + url.replaceAll("\\?.*", "");
			return;
		}
		ClassBellHome home = new ClassBellHome(Path.of(environment.getProperty("classbell.home", "./classbell-data")));
		this.target = "the embedded database in " + EmbeddedData.directory(home);
		if (EmbeddedData.exists(home)) {
			String suffix = "before-restore-"
					+ LocalDateTime.now(this.clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
			this.aside = EmbeddedData.moveAside(home, suffix);
			this.home = home;
			this.out.println("The database that was in " + EmbeddedData.directory(home) + " is kept in " + this.aside
					+ "; the backup is restored into a new one");
		}
	}

	private void print(RestoreReport report, int cancelled, long millis) {
		this.out.println();
		int width = report.rows().keySet().stream().mapToInt(String::length).max().orElse(5);
		for (Map.Entry<String, Long> table : new TreeMap<>(report.rows()).entrySet()) {
			this.out.println(String.format(Locale.ROOT, "  %-" + width + "s %,12d", table.getKey(), table.getValue()));
		}
		this.out.println(String.format(Locale.ROOT, "  %-" + width + "s %,12d", "rows in all", report.totalRows()));
		this.out.println();
		String migrated = report.schema().equals(report.backupSchema()) ? "schema " + report.schema()
				: "schema " + report.backupSchema() + ", migrated to " + report.schema();
		this.out.println(String.format(Locale.ROOT, "Restored %,d rows of %d tables (%s) into %s in %.1f s.",
				report.totalRows(), report.rows().size(), migrated, this.target, millis / 1000.0));
		if (cancelled > 0) {
			this.out.println(String.format(Locale.ROOT,
					"%,d messages that were waiting to be sent when the backup was made are cancelled.", cancelled));
		}
		else if (report.waiting() > 0) {
			this.out.println(String.format(Locale.ROOT, "%,d messages were waiting to be sent when the backup was made;"
					+ " ClassBell sends them when it starts. If they went out before the failure, restore again with "
					+ CANCEL_WAITING + " instead.", report.waiting()));
		}
		this.out.println("Start ClassBell as before; it runs on the restored database.");
	}

	private static String sha256(Path file) {
		try {
			return Checksums.of(Files.newInputStream(file));
		}
		catch (IOException ex) {
			throw new BackupRefused(file + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	/**
	 * What the restore needs of the application: the database (embedded or external) and
	 * nothing else, so that no bot, web server or scheduler starts.
	 */
	@ImportAutoConfiguration(DataSourceAutoConfiguration.class)
	@Import({ EmbeddedDatabaseConfiguration.class, Restores.class })
	@EnableConfigurationProperties(ClassBellHome.class)
	static class Context {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
