package org.classbell.store.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.classbell.store.testing.BackupFiles;
import org.classbell.store.testing.DatabaseTest;
import org.classbell.store.testing.ImportedSchool;
import org.classbell.store.testing.MutableClock;
import org.classbell.store.testing.ScratchDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A snapshot of the test database restored into a scratch database on the same server.
 */
@SpringBootTest
@DatabaseTest
class SnapshotRestoreIntegrationTest {

	@Autowired
	Snapshots snapshots;

	@Autowired
	Restores restores;

	@Autowired
	ApplicationContext beans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path directory;

	@BeforeEach
	void school() {
		new ImportedSchool(this.beans);
		this.jdbc.sql("""
				insert into notification (school_id, guardian_id, channel, kind, body, address, status,
				                          next_attempt_at, created_at, updated_at)
				select s.id, g.id, 'telegram', 'announcement', e'Tab\\there, a line\\nbreak, a back\\\\slash, «ё» 🙂',
				       '42', 'queued', now(), now(), now()
				from school s cross join guardian g where g.full_name = 'Петрова Ирина'
				""").update();
	}

	@Test
	void restoresEveryRowOfEveryTableIntoAnEmptyDatabase() throws IOException {
		Path file = snapshot();
		Map<String, String> before = fingerprints(this.dataSource);
		try (ScratchDatabase scratch = ScratchDatabase.create()) {
			RestoreReport report = this.restores.restore(file, scratch.dataSource());

			assertThat(fingerprints(scratch.dataSource())).isEqualTo(before);
			assertThat(report.rows()).containsEntry("student", 6L).containsEntry("notification", 1L);
			assertThat(report.rows().keySet()).doesNotContain("flyway_schema_history", "backup");
			assertThat(report.schema()).isEqualTo(report.backupSchema());
			assertThat(this.restores.rowCounts(scratch.dataSource()))
				.isEqualTo(this.restores.rowCounts(this.dataSource));
			assertThat(report.waiting()).as("the queued announcement").isOne();
		}
	}

	@Test
	void cancelsOnAskingTheMessagesThatWereWaiting() throws IOException {
		Path file = snapshot();
		try (ScratchDatabase scratch = ScratchDatabase.create()) {
			Restores restores = new Restores(scratch.dataSource(), new MutableClock());
			restores.restore(file);

			assertThat(restores.cancelWaiting()).isOne();
			assertThat(JdbcClient.create(scratch.dataSource())
				.sql("select status || ': ' || error from notification")
				.query(String.class)
				.single())
				.isEqualTo("cancelled: cancelled by a restore: it may have been sent after the backup was made");
		}
	}

	@Test
	void restoresAsAnOwnerWhoMayNotFillTablesAsAReplica() throws IOException {
		Path file = snapshot();
		Map<String, String> before = fingerprints(this.dataSource);
		try (ScratchDatabase scratch = ScratchDatabase.create()) {
			JdbcClient admin = JdbcClient.create(this.dataSource);
			admin.sql("drop role if exists classbell_restorer").update();
			admin.sql("create role classbell_restorer login password 'restorer'").update();
			admin.sql("alter database " + scratch.name() + " owner to classbell_restorer").update();
			DataSource owner = new DriverManagerDataSource(scratch.connection().url(), "classbell_restorer",
					"restorer");

			this.restores.restore(file, owner);

			assertThat(fingerprints(scratch.dataSource())).isEqualTo(before);
		}
		finally {
			JdbcClient.create(this.dataSource).sql("drop role if exists classbell_restorer").update();
		}
	}

	@Test
	void leavesTheSequencesAndTriggersAsTheyWere() throws IOException {
		Path file = snapshot();
		long lastStudent = this.jdbc.sql("select max(id) from student").query(Long.class).single();
		try (ScratchDatabase scratch = ScratchDatabase.create()) {
			this.restores.restore(file, scratch.dataSource());
			JdbcClient restored = JdbcClient.create(scratch.dataSource());
			long audited = restored.sql("select count(*) from audit_log").query(Long.class).single();

			long next = restored
				.sql("insert into student (school_id, class_id, list_no, last_name, first_name, last_name_key,"
						+ " first_name_key) select school_id, class_id, 9, 'Новиков', 'Илья', 'новиков', 'илья'"
						+ " from student limit 1" + " returning id")
				.query(Long.class)
				.single();

			assertThat(next).isGreaterThan(lastStudent);
			assertThat(restored.sql("select count(*) from audit_log").query(Long.class).single())
				.as("the audit trigger is on again")
				.isEqualTo(audited + 1);
		}
	}

	@Test
	void refusesADatabaseThatIsNotEmpty() throws IOException {
		Path file = snapshot();
		Map<String, String> before = fingerprints(this.dataSource);

		assertThatExceptionOfType(BackupRefused.class).isThrownBy(() -> this.restores.restore(file, this.dataSource))
			.withMessageContaining("not empty");
		assertThat(fingerprints(this.dataSource)).isEqualTo(before);
	}

	@Test
	void refusesADamagedFileAndWritesNothing() throws IOException {
		Path file = snapshot();
		Path damaged = rewritten(file, "tables/student.tsv", (bytes) -> {
			String text = new String(bytes, StandardCharsets.UTF_8);
			return text.replace("Петрова", "Петров").getBytes(StandardCharsets.UTF_8);
		});
		try (ScratchDatabase scratch = ScratchDatabase.create()) {
			assertThatExceptionOfType(BackupRefused.class)
				.isThrownBy(() -> this.restores.restore(damaged, scratch.dataSource()))
				.withMessageContaining("is damaged: the rows of student do not match their checksum");
			assertThat(tables(scratch.dataSource())).isZero();
		}
	}

	@Test
	void leavesTheDatabaseEmptyAgainWhenTheRestoreFailsOnTheWay() throws IOException {
		Path ghost = BackupFiles.withGhostTable(snapshot(), this.directory.resolve("ghost.backup"));
		try (ScratchDatabase scratch = ScratchDatabase.create()) {
			assertThatExceptionOfType(BackupRefused.class)
				.isThrownBy(() -> this.restores.restore(ghost, scratch.dataSource()))
				.withMessageContaining("has rows of a table ghost");
			assertThat(tables(scratch.dataSource())).as("what the migration made is gone").isZero();

			this.restores.restore(snapshot(), scratch.dataSource());
			assertThat(tables(scratch.dataSource())).isPositive();
		}
	}

	@Test
	void refusesABackupOfANewerSchema() throws IOException {
		Path file = snapshot();
		Path newer = rewritten(file, BackupManifest.ENTRY,
				(bytes) -> new String(bytes, StandardCharsets.UTF_8)
					.replaceFirst("\"schemaVersion\" : \"[0-9.]+\"", "\"schemaVersion\" : \"999\"")
					.getBytes(StandardCharsets.UTF_8));
		try (ScratchDatabase scratch = ScratchDatabase.create()) {
			assertThatExceptionOfType(BackupRefused.class)
				.isThrownBy(() -> this.restores.restore(newer, scratch.dataSource()))
				.withMessageContaining("made by a newer ClassBell (schema 999");
			assertThat(tables(scratch.dataSource())).isZero();
		}
	}

	@Test
	void refusesAFileThatIsNoBackup() throws IOException {
		Path file = Files.writeString(this.directory.resolve("notes.backup"), "not a backup");
		try (ScratchDatabase scratch = ScratchDatabase.create()) {
			assertThatExceptionOfType(BackupRefused.class)
				.isThrownBy(() -> this.restores.restore(file, scratch.dataSource()))
				.withMessageContaining("is not a ClassBell backup");
		}
	}

	@Test
	void migratesABackupOfAnOlderSchemaForward() throws IOException {
		try (ScratchDatabase old = ScratchDatabase.create(); ScratchDatabase scratch = ScratchDatabase.create()) {
			Flyway.configure().dataSource(old.dataSource()).target("12").load().migrate();
			JdbcClient.create(old.dataSource())
				.sql("insert into school (name, name_key) values ('Старая школа', 'старая школа')")
				.update();
			Path file = this.directory.resolve("old.backup");
			try (OutputStream out = Files.newOutputStream(file)) {
				assertThat(new Snapshots(old.dataSource(), new MutableClock()).write(out).schemaVersion())
					.isEqualTo("12");
			}

			RestoreReport report = this.restores.restore(file, scratch.dataSource());

			assertThat(report.backupSchema()).isEqualTo("12");
			assertThat(report.schema()).isEqualTo(Restores.codeSchemaVersion()).isNotEqualTo("12");
			assertThat(
					JdbcClient.create(scratch.dataSource()).sql("select name from school").query(String.class).list())
				.containsExactly("Старая школа");
			assertThat(JdbcClient.create(scratch.dataSource())
				.sql("select count(*) from backup")
				.query(Long.class)
				.single()).as("the table a later migration made").isZero();
		}
	}

	private Path snapshot() throws IOException {
		Path file = this.directory.resolve("classbell.backup");
		try (OutputStream out = Files.newOutputStream(file)) {
			BackupManifest manifest = this.snapshots.write(out);
			assertThat(manifest.tables()).extracting(BackupManifest.TableData::name)
				.contains("student", "guardian", "qrtz_locks")
				.doesNotContain("flyway_schema_history", "backup");
		}
		return file;
	}

	/**
	 * Every table's rows, as a count and a digest of their text, by table.
	 */
	private Map<String, String> fingerprints(DataSource database) {
		JdbcClient client = JdbcClient.create(database);
		Map<String, String> fingerprints = new LinkedHashMap<>();
		for (String table : this.restores.rowCounts(database).keySet()) {
			fingerprints.put(table,
					client
						.sql("select count(*) || ' ' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
								+ " from " + table + " t")
						.query(String.class)
						.single());
		}
		return fingerprints;
	}

	private static long tables(DataSource database) {
		return JdbcClient.create(database)
			.sql("select count(*) from pg_tables where schemaname = 'public'")
			.query(Long.class)
			.single();
	}

	private Path rewritten(Path file, String entryName, java.util.function.UnaryOperator<byte[]> change)
			throws IOException {
		Path copy = this.directory.resolve("changed-" + file.getFileName());
		try (ZipFile zip = new ZipFile(file.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				byte[] bytes;
				try (InputStream in = zip.getInputStream(entry)) {
					bytes = in.readAllBytes();
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(entry.getName().equals(entryName) ? change.apply(bytes) : bytes);
				out.closeEntry();
			}
		}
		return copy;
	}

}
