package org.classbell.store.backup;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Takes a snapshot of the whole database, journal, outbox and schedules, as one ZIP file:
 * every table's rows in PostgreSQL's {@code COPY} text format, read in one
 * repeatable-read, read-only transaction so that they all belong to one moment, and a
 * manifest with the schema version, the row counts and a SHA-256 per table. It needs
 * nothing but a JDBC connection: no {@code pg_dump}, which the embedded PostgreSQL does
 * not ship, and no privilege beyond reading the tables. Writers go on while it runs.
 */
@Component
public class Snapshots {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int BUFFER = 1 << 16;

	private final DataSource dataSource;

	private final Clock clock;

	Snapshots(DataSource dataSource, Clock clock) {
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/**
	 * Writes a snapshot to the stream, which it leaves open.
	 * @return the manifest written into it
	 * @throws IOException when the stream cannot be written
	 * @throws DataAccessResourceFailureException when the database cannot be read
	 */
	public BackupManifest write(OutputStream out) throws IOException {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			try {
				return write(connection, out);
			}
			finally {
				connection.rollback();
				connection.setReadOnly(false);
			}
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Could not read the database for a backup: " + ex.getMessage(),
					ex);
		}
	}

	private BackupManifest write(Connection connection, OutputStream out) throws SQLException, IOException {
		Catalog catalog = new Catalog(connection);
		String schema = catalog.schemaVersion();
		Instant taken = this.clock.instant();
		List<String> names = catalog.tables();
		// as pg_dump does: a TRUNCATE or a table rewrite committed after the snapshot
		// began
		// would leave the table empty to it; now they wait until the backup is done
		try (Statement lock = connection.createStatement()) {
			lock.execute("lock table " + Catalog.quote(names) + " in access share mode");
		}
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		try (ZipOutputStream zip = new ZipOutputStream(new KeptOpen(out))) {
			return write(catalog, names, copy, zip, schema, taken);
		}
	}

	private BackupManifest write(Catalog catalog, List<String> names, CopyManager copy, ZipOutputStream zip,
			String schema, Instant taken) throws SQLException, IOException {
		zip.setLevel(Deflater.BEST_SPEED);
		List<BackupManifest.TableData> tables = new ArrayList<>();
		for (String table : names) {
			List<String> columns = catalog.columns(table);
			MessageDigest digest = Checksums.sha256();
			BackupManifest.TableData pending = new BackupManifest.TableData(table, columns, 0, "");
			zip.putNextEntry(new ZipEntry(pending.entry()));
			BufferedOutputStream data = new BufferedOutputStream(new DigestOutputStream(new KeptOpen(zip), digest),
					BUFFER);
			long rows = copy.copyOut("COPY " + Catalog.quote(table) + " (" + Catalog.quote(columns) + ") TO STDOUT",
					data);
			data.flush();
			zip.closeEntry();
			tables.add(new BackupManifest.TableData(table, columns, rows, Checksums.hex(digest)));
		}
		List<BackupManifest.SequenceValue> sequences = new ArrayList<>();
		for (String sequence : catalog.sequences()) {
			sequences.add(catalog.sequence(sequence));
		}
		BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, schema, taken, catalog.serverVersion(),
				tables, sequences);
		zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
		zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
		zip.closeEntry();
		zip.finish();
		return manifest;
	}

	/**
	 * A stream that passes everything on but does not close what it wraps.
	 */
	static final class KeptOpen extends FilterOutputStream {

		KeptOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
