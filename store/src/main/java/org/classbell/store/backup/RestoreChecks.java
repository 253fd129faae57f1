package org.classbell.store.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;

/**
 * Proves that a backup restores: restores it into a scratch database on the same server,
 * {@code <database>_restore_check}, and compares the rows of each table with those the
 * snapshot wrote; then drops the scratch database. The database's user needs the right to
 * create databases ({@code CREATEDB}); the embedded PostgreSQL's has it.
 */
@Component
public class RestoreChecks {

	private static final Properties NO_ERROR_DETAIL = new Properties();

	static {
		NO_ERROR_DETAIL.setProperty("logServerErrorDetail", "false");
	}

	private final Restores restores;

	private final DataSource dataSource;

	private final JdbcConnectionDetails connection;

	RestoreChecks(Restores restores, DataSource dataSource, JdbcConnectionDetails connection) {
		this.restores = restores;
		this.dataSource = dataSource;
		this.connection = connection;
	}

	/**
	 * Restores the file and compares.
	 * @return why the check failed; empty when the restore gave the same rows
	 */
	public Optional<String> check(Path file, BackupManifest manifest) {
		String scratch;
		try {
			scratch = scratchName();
			execute("drop database if exists " + scratch + " with (force)");
			execute("create database " + scratch);
		}
		catch (SQLException ex) {
			return Optional.of("could not create a scratch database for the restore check (the database user needs"
					+ " CREATEDB): " + ex.getMessage());
		}
		try {
			DriverManagerDataSource target = new DriverManagerDataSource(
					withDatabase(this.connection.getJdbcUrl(), scratch), this.connection.getUsername(),
					this.connection.getPassword());
			// row values (phones, names) in PostgreSQL's error details stay out of the
			// messages
			target.setConnectionProperties(NO_ERROR_DETAIL);
			this.restores.restore(file, target);
			Map<String, Long> restored = new TreeMap<>(this.restores.rowCounts(target));
			Map<String, Long> written = new TreeMap<>();
			manifest.tables().forEach((table) -> written.put(table.name(), table.rows()));
			if (!restored.equals(written)) {
				return Optional
					.of("the restore gave other rows than the backup holds: " + difference(written, restored));
			}
			return Optional.empty();
		}
		catch (RuntimeException ex) {
			return Optional.of("the restore failed: " + ex.getMessage());
		}
		finally {
			try {
				execute("drop database if exists " + scratch + " with (force)");
			}
			catch (SQLException ex) {
				// dropped before the next check
			}
		}
	}

	private String scratchName() throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				var result = statement.executeQuery("select current_database()")) {
			result.next();
			String name = result.getString(1).replaceAll("[^A-Za-z0-9_]", "_");
			return "\"" + name.substring(0, Math.min(name.length(), 40)) + "_restore_check\"";
		}
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			statement.execute(sql);
		}
	}

	/**
	 * The JDBC URL of another database on the same server.
	 */
	static String withDatabase(String url, String quotedName) {
		String database = quotedName.replace("\"", "");
		int hosts = url.indexOf("//");
		int slash = url.indexOf('/', (hosts < 0) ? 0 : hosts + 2);
		if (hosts < 0 || slash < 0) {
			throw new IllegalArgumentException(
					"Cannot tell the database in the JDBC URL; write it as" + " jdbc:postgresql://host:port/database");
		}
		int query = url.indexOf('?', slash);
		return url.substring(0, slash + 1) + database + ((query < 0) ? "" : url.substring(query));
	}

	private static String difference(Map<String, Long> written, Map<String, Long> restored) {
		StringBuilder text = new StringBuilder();
		written.forEach((table, rows) -> {
			Long back = restored.get(table);
			if (!rows.equals(back)) {
				text.append((text.length() > 0) ? ", " : "")
					.append(table)
					.append(' ')
					.append(rows)
					.append(" written, ")
					.append(back)
					.append(" restored");
			}
		});
		restored.keySet()
			.stream()
			.filter((table) -> !written.containsKey(table) && restored.get(table) > 0)
			.forEach(
					(table) -> text.append((text.length() > 0) ? ", " : "").append(table).append(" not in the backup"));
		return text.toString();
	}

}
