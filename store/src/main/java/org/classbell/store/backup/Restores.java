package org.classbell.store.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.core.JacksonException;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Restores a backup file into an empty database: migrates the schema to the backup's
 * version, fills every table from the file in one transaction (the file's checksums and
 * row counts checked table by table; no trigger firing, neither the audit log's nor,
 * where the database user may, those checking foreign keys), sets the sequences, and
 * migrates forward to this code's schema. A file that is damaged, is not a backup, or is
 * newer than the code, and a database that is not empty, are refused before anything is
 * written.
 */
@Component
public class Restores {

	private static final int BUFFER = 1 << 16;

	private final DataSource dataSource;

	private final Clock clock;

	public Restores(DataSource dataSource, Clock clock) {
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/**
	 * Reads the manifest of a backup file.
	 * @throws BackupRefused when the file is not a ClassBell backup this code can read
	 */
	public BackupManifest manifest(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return manifest(zip, file);
		}
		catch (IOException ex) {
			throw new BackupRefused(file + " cannot be read as a ClassBell backup: " + ex.getMessage(), ex);
		}
	}

	private static BackupManifest manifest(ZipFile zip, Path file) throws IOException {
		ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
		if (entry == null) {
			throw new BackupRefused(file + " is not a ClassBell backup: it has no " + BackupManifest.ENTRY);
		}
		BackupManifest manifest;
		try (InputStream in = zip.getInputStream(entry)) {
			manifest = Snapshots.JSON.readValue(in, BackupManifest.class);
		}
		catch (JacksonException ex) {
			throw new BackupRefused(file + " has a damaged " + BackupManifest.ENTRY + ": " + ex.getOriginalMessage(),
					ex);
		}
		if (manifest.format() != BackupManifest.FORMAT) {
			throw new BackupRefused(file + " is in backup format " + manifest.format()
					+ "; this ClassBell reads format " + BackupManifest.FORMAT);
		}
		return manifest;
	}

	/**
	 * The schema version this code migrates to: that of the newest migration on the class
	 * path.
	 */
	public static String codeSchemaVersion() {
		try {
			return Arrays
				.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql"))
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.map((name) -> MigrationVersion.fromVersion(name.substring(1, name.indexOf("__")).replace('_', '.')))
				.max(Comparator.naturalOrder())
				.map(MigrationVersion::getVersion)
				.orElseThrow(() -> new IllegalStateException("This ClassBell has no migrations on its class path"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the migrations on the class path", ex);
		}
	}

	/**
	 * Checks a backup file without a database: that it is a backup of a schema this code
	 * knows, and that every table's data matches its checksum.
	 * @return its manifest
	 * @throws BackupRefused when it would be refused
	 */
	public static BackupManifest inspect(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return inspect(zip, file);
		}
		catch (ZipException ex) {
			throw new BackupRefused(file + " is not a ClassBell backup, or is damaged: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new BackupRefused(file + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static BackupManifest inspect(ZipFile zip, Path file) throws IOException {
		BackupManifest manifest = manifest(zip, file);
		String code = codeSchemaVersion();
		if (MigrationVersion.fromVersion(manifest.schemaVersion()).isNewerThan(code)) {
			throw new BackupRefused(file + " was made by a newer ClassBell (schema " + manifest.schemaVersion()
					+ "; this one knows schema " + code + "): restore it with that version or newer");
		}
		check(zip, manifest, file);
		return manifest;
	}

	/**
	 * Restores the file into the application's database, which must be empty.
	 * @throws BackupRefused when the file or the database is refused; nothing was written
	 * @throws DataAccessResourceFailureException when the database fails on the way
	 */
	public RestoreReport restore(Path file) {
		return restore(file, this.dataSource);
	}

	/**
	 * Cancels the messages of the restored database that were waiting to be sent, or
	 * being sent, when the backup was made: those that went out between the backup and
	 * the restore would otherwise go again.
	 * @return how many
	 */
	public int cancelWaiting() {
		return JdbcClient.create(this.dataSource)
			.sql("update notification set status = 'cancelled', updated_at = now(),"
					+ " error = 'cancelled by a restore: it may have been sent after the backup was made'"
					+ " where status in ('queued', 'sending')")
			.update();
	}

	/**
	 * Restores the file into the target database, which must be empty.
	 * @throws BackupRefused when the file or the database is refused; nothing was written
	 * @throws DataAccessResourceFailureException when the database fails on the way
	 */
	public RestoreReport restore(Path file, DataSource target) {
		long started = this.clock.millis();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			BackupManifest manifest = inspect(zip, file);
			MigrationVersion version = MigrationVersion.fromVersion(manifest.schemaVersion());
			assertEmpty(target);
			Map<String, Long> rows;
			try {
				flyway(target, version).migrate();
				rows = fill(zip, manifest, target, file);
				flyway(target, null).migrate();
			}
			catch (SQLException | IOException | RuntimeException ex) {
				emptyAgain(target);
				throw ex;
			}
			return new RestoreReport(manifest.schemaVersion(), codeSchemaVersion(), rows, waiting(target),
					Duration.ofMillis(this.clock.millis() - started));
		}
		catch (ZipException ex) {
			throw new BackupRefused(file + " is not a ClassBell backup, or is damaged: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new BackupRefused(file + " cannot be read: " + ex.getMessage(), ex);
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("The restore failed in the database: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The rows of every table of the database a snapshot takes, counted.
	 */
	public Map<String, Long> rowCounts(DataSource database) {
		try (Connection connection = database.getConnection()) {
			Map<String, Long> counts = new LinkedHashMap<>();
			for (String table : new Catalog(connection).tables()) {
				try (Statement statement = connection.createStatement();
						ResultSet result = statement.executeQuery("select count(*) from " + Catalog.quote(table))) {
					result.next();
					counts.put(table, result.getLong(1));
				}
			}
			return counts;
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Could not count the rows: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Reads every table's data in the file and checks it against the manifest's checksum,
	 * before anything is written.
	 */
	private static void check(ZipFile zip, BackupManifest manifest, Path file) throws IOException {
		for (BackupManifest.TableData table : manifest.tables()) {
			ZipEntry entry = zip.getEntry(table.entry());
			if (entry == null) {
				throw new BackupRefused(file + " lacks the rows of " + table.name() + ": the file is damaged");
			}
			if (!Checksums.of(zip.getInputStream(entry)).equals(table.sha256())) {
				throw new BackupRefused(
						file + " is damaged: the rows of " + table.name() + " do not match their checksum");
			}
		}
	}

	/**
	 * Drops what a failed restore made, so that the database is empty for the next try.
	 */
	private static void emptyAgain(DataSource target) {
		Flyway.configure().dataSource(target).locations("classpath:db/migration").cleanDisabled(false).load().clean();
	}

	private static long waiting(DataSource target) {
		return JdbcClient.create(target)
			.sql("select count(*) from notification where status in ('queued', 'sending')")
			.query(Long.class)
			.single();
	}

	private static void assertEmpty(DataSource target) throws SQLException {
		try (Connection connection = target.getConnection()) {
			int relations = new Catalog(connection).relations();
			if (relations > 0) {
				throw new BackupRefused("The database is not empty (its schema "
						+ connection.getMetaData().getURL().replaceAll("\\?.*", "") + " holds " + relations
						+ " tables and sequences): a backup is restored into an empty database only");
			}
		}
	}

	private Map<String, Long> fill(ZipFile zip, BackupManifest manifest, DataSource target, Path file)
			throws SQLException, IOException {
		try (Connection connection = target.getConnection()) {
			connection.setAutoCommit(false);
			try {
				Map<String, Long> rows = fill(connection, zip, manifest, file);
				connection.commit();
				return rows;
			}
			catch (SQLException | IOException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
		}
	}

	private Map<String, Long> fill(Connection connection, ZipFile zip, BackupManifest manifest, Path file)
			throws SQLException, IOException {
		Catalog catalog = new Catalog(connection);
		List<String> tables = catalog.tables();
		Map<String, BackupManifest.TableData> data = manifest.tables()
			.stream()
			.collect(Collectors.toMap(BackupManifest.TableData::name, Function.identity(), (one, other) -> one,
					LinkedHashMap::new));
		for (String name : data.keySet()) {
			if (!tables.contains(name)) {
				throw new BackupRefused(file + " has rows of a table " + name + " that schema "
						+ manifest.schemaVersion() + " does not have: the file is damaged");
			}
		}
		boolean replica = replicaRole(connection);
		try (Statement statement = connection.createStatement()) {
			if (!replica) {
				for (String table : tables) {
					statement.execute("alter table " + Catalog.quote(table) + " disable trigger user");
				}
			}
			List<String> emptied = new ArrayList<>(tables);
			emptied.addAll(catalog.emptied());
			statement.execute("truncate " + Catalog.quote(emptied));
		}
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		Map<String, Long> rows = new LinkedHashMap<>();
		for (String table : catalog.fillingOrder(List.copyOf(data.keySet()))) {
			rows.put(table, copyIn(copy, zip, data.get(table), file));
		}
		try (Statement statement = connection.createStatement()) {
			if (replica) {
				statement.execute("set local session_replication_role = origin");
			}
			else {
				for (String table : tables) {
					statement.execute("alter table " + Catalog.quote(table) + " enable trigger user");
				}
			}
		}
		try (PreparedStatement setval = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
			for (BackupManifest.SequenceValue sequence : manifest.sequences()) {
				setval.setString(1, Catalog.quote(sequence.name()));
				setval.setLong(2, sequence.value());
				setval.setBoolean(3, sequence.called());
				setval.execute();
			}
		}
		return rows;
	}

	/**
	 * Fills the tables as a replica would, where the database user may: no trigger fires,
	 * neither the audit log's nor those that check foreign keys, which the snapshot's
	 * rows met when they were read (a city's restore takes a fraction of the time). A
	 * user who may not (on an external server, only a superuser or one granted the
	 * setting may) fills them with their own triggers off and the foreign keys checked,
	 * in an order that fills every referenced table first.
	 * @return whether the tables are filled as a replica
	 */
	private static boolean replicaRole(Connection connection) throws SQLException {
		Savepoint before = connection.setSavepoint();
		try (Statement statement = connection.createStatement()) {
			statement.execute("set local session_replication_role = replica");
			connection.releaseSavepoint(before);
			return true;
		}
		catch (SQLException ex) {
			connection.rollback(before);
			return false;
		}
	}

	private static long copyIn(CopyManager copy, ZipFile zip, BackupManifest.TableData table, Path file)
			throws SQLException, IOException {
		ZipEntry entry = zip.getEntry(table.entry());
		MessageDigest digest = Checksums.sha256();
		long rows;
		try (InputStream in = new BufferedInputStream(new DigestInputStream(zip.getInputStream(entry), digest),
				BUFFER)) {
			rows = copy.copyIn(
					"COPY " + Catalog.quote(table.name()) + " (" + Catalog.quote(table.columns()) + ") FROM STDIN", in);
		}
		String sha256 = Checksums.hex(digest);
		if (!Objects.equals(sha256, table.sha256()) || rows != table.rows()) {
			throw new BackupRefused(file + " is damaged: the rows of " + table.name() + " do not match its checksum ("
					+ rows + " rows read, " + table.rows() + " written)");
		}
		return rows;
	}

	private static Flyway flyway(DataSource target, MigrationVersion version) {
		var configuration = Flyway.configure().dataSource(target).locations("classpath:db/migration");
		if (version != null) {
			configuration.target(version);
		}
		return configuration.load();
	}

}
