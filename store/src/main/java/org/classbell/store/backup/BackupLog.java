package org.classbell.store.backup;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The log of backups in the {@code backup} table: each one from its start, what it wrote
 * where, and whether its restore was verified.
 */
@Component
public class BackupLog {

	private static final String COLUMNS = "id, name, trigger, node, started_at, finished_at, status, schema_version,"
			+ " size_bytes, sha256, tables, total_rows, directories, failures, verified, verified_at, verify_ms, error";

	private final JdbcClient jdbc;

	BackupLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a backup that begins.
	 * @return its id
	 */
	public long start(String name, String trigger, String node, Instant at) {
		return this.jdbc.sql("insert into backup (name, trigger, node, started_at) values (?, ?, ?, ?) returning id")
			.params(name, trigger, node, Timestamps.of(at))
			.query(Long.class)
			.single();
	}

	/**
	 * Records that the backup's file was written to the directories, and which could not
	 * be written.
	 */
	public void written(long id, Instant at, BackupManifest manifest, long size, String sha256,
			List<String> directories, List<String> failures) {
		this.jdbc
			.sql("update backup set status = 'done', finished_at = ?, schema_version = ?, size_bytes = ?, sha256 = ?,"
					+ " tables = ?, total_rows = ?, directories = ?, failures = ? where id = ?")
			.params(Timestamps.of(at), manifest.schemaVersion(), size, sha256, manifest.tables().size(),
					manifest.totalRows(), directories.toArray(String[]::new), failures.toArray(String[]::new), id)
			.update();
	}

	/**
	 * Records that the backup failed: no directory holds it.
	 */
	public void failed(long id, Instant at, String error, List<String> failures) {
		this.jdbc.sql("update backup set status = 'failed', finished_at = ?, error = ?, failures = ? where id = ?")
			.params(Timestamps.of(at), error, failures.toArray(String[]::new), id)
			.update();
	}

	/**
	 * Records how the restore of the backup into a scratch database went.
	 * @param error why it failed; {@code null} when it was verified
	 */
	public void verified(long id, Instant at, long millis, String error) {
		this.jdbc.sql("update backup set verified = ?, verified_at = ?, verify_ms = ?, error = ? where id = ?")
			.params(error == null, Timestamps.of(at), millis, error, id)
			.update();
	}

	/**
	 * Marks backups still running as failed: called by the one node allowed to make a
	 * backup, so no other is under way, and those were cut off by a node that stopped or
	 * died.
	 * @return how many
	 */
	public int interrupted(Instant at) {
		return this.jdbc
			.sql("update backup set status = 'failed', finished_at = ?,"
					+ " error = 'interrupted: the node making it stopped or died' where status = 'running'")
			.param(Timestamps.of(at))
			.update();
	}

	/**
	 * Whether a backup has this name.
	 */
	public boolean exists(String name) {
		return this.jdbc.sql("select exists (select 1 from backup where name = ?)")
			.param(name)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Since when this database has had backups: when the migration that brought them (13)
	 * ran here, on an upgrade, a first start or a restore. Flyway writes the time in the
	 * session's zone, without one.
	 */
	public Optional<Instant> backupsSince() {
		return this.jdbc
			.sql("select installed_on at time zone current_setting('TimeZone') as since from flyway_schema_history"
					+ " where version = '13' and success")
			.query((row, number) -> Timestamps.instant(row, "since"))
			.optional();
	}

	public Optional<BackupRecord> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from backup where id = ?")
			.param(id)
			.query(BackupLog::record)
			.optional();
	}

	/**
	 * The latest backups, newest first.
	 */
	public List<BackupRecord> recent(int limit) {
		return this.jdbc.sql("select " + COLUMNS + " from backup order by started_at desc, id desc limit ?")
			.param(limit)
			.query(BackupLog::record)
			.list();
	}

	/**
	 * The latest backup that finished, written or failed.
	 */
	public Optional<BackupRecord> lastFinished() {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from backup where status <> 'running' order by started_at desc, id desc limit 1")
			.query(BackupLog::record)
			.optional();
	}

	/**
	 * The latest backup whose restore was verified.
	 */
	public Optional<BackupRecord> lastVerified() {
		return this.jdbc
			.sql("select " + COLUMNS + " from backup where verified order by started_at desc, id desc limit 1")
			.query(BackupLog::record)
			.optional();
	}

	private static BackupRecord record(ResultSet row, int number) throws SQLException {
		return new BackupRecord(row.getLong("id"), row.getString("name"), row.getString("trigger"),
				row.getString("node"), Timestamps.instant(row, "started_at"), Timestamps.instant(row, "finished_at"),
				row.getString("status"), row.getString("schema_version"), row.getObject("size_bytes", Long.class),
				row.getString("sha256"), row.getObject("tables", Integer.class),
				row.getObject("total_rows", Long.class), strings(row.getArray("directories")),
				strings(row.getArray("failures")), row.getObject("verified", Boolean.class),
				Timestamps.instant(row, "verified_at"), row.getObject("verify_ms", Long.class), row.getString("error"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : List.of((String[]) array.getArray());
	}

}
