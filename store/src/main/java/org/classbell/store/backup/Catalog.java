package org.classbell.store.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a backup reads from PostgreSQL's catalog on a connection: the tables of the
 * current schema that hold ClassBell's data, their columns, the sequences, and the order
 * in which tables can be filled without breaking a foreign key.
 */
final class Catalog {

	/**
	 * Tables a snapshot leaves out: Flyway's history, which a restore writes itself by
	 * migrating; the log of backups, which describes files rather than the school; and
	 * the console's sessions, one-time links and uploads awaiting import, which live for
	 * minutes and would let a restored database log someone in.
	 */
	static final Set<String> LEFT_OUT = Set.of("flyway_schema_history", "backup", "spring_session",
			"spring_session_attributes", "console_login", "console_upload");

	/** Of the tables left out, those a restore empties with the rest. */
	static final Set<String> EMPTIED = Set.of("spring_session", "spring_session_attributes", "console_login",
			"console_upload");

	private final Connection connection;

	Catalog(Connection connection) {
		this.connection = connection;
	}

	/**
	 * The tables of the current schema, by name, without those {@link #LEFT_OUT}.
	 */
	List<String> tables() throws SQLException {
		List<String> tables = new ArrayList<>();
		for (String table : strings("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
				+ " where n.nspname = current_schema() and c.relkind = 'r' order by c.relname")) {
			if (!LEFT_OUT.contains(table)) {
				tables.add(table);
			}
		}
		return tables;
	}

	/**
	 * The tables {@link #EMPTIED} by a restore that the current schema has.
	 */
	List<String> emptied() throws SQLException {
		List<String> tables = new ArrayList<>();
		for (String table : strings("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
				+ " where n.nspname = current_schema() and c.relkind = 'r' order by c.relname")) {
			if (EMPTIED.contains(table)) {
				tables.add(table);
			}
		}
		return tables;
	}

	/**
	 * How many tables and sequences the current schema has, Flyway's history included.
	 */
	int relations() throws SQLException {
		return strings("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
				+ " where n.nspname = current_schema() and c.relkind in ('r', 'p', 'S', 'v', 'm')")
			.size();
	}

	/**
	 * A table's columns that take values, in order: generated columns are left out.
	 */
	List<String> columns(String table) throws SQLException {
		try (PreparedStatement query = this.connection.prepareStatement("select a.attname from pg_attribute a"
				+ " where a.attrelid = ?::regclass and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''"
				+ " order by a.attnum")) {
			query.setString(1, quote(table));
			return strings(query);
		}
	}

	/**
	 * The sequences of the current schema, by name.
	 */
	List<String> sequences() throws SQLException {
		return strings("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
				+ " where n.nspname = current_schema() and c.relkind = 'S' order by c.relname");
	}

	/**
	 * A sequence's state.
	 */
	BackupManifest.SequenceValue sequence(String name) throws SQLException {
		try (Statement statement = this.connection.createStatement();
				ResultSet result = statement.executeQuery("select last_value, is_called from " + quote(name))) {
			result.next();
			return new BackupManifest.SequenceValue(name, result.getLong(1), result.getBoolean(2));
		}
	}

	/**
	 * The Flyway version of the schema: that of the last migration applied.
	 */
	String schemaVersion() throws SQLException {
		List<String> versions = strings("select version from flyway_schema_history"
				+ " where success and version is not null order by installed_rank desc limit 1");
		if (versions.isEmpty()) {
			throw new SQLException("The database has no schema version: Flyway has not migrated it");
		}
		return versions.get(0);
	}

	String serverVersion() throws SQLException {
		return strings("select current_setting('server_version')").get(0);
	}

	/**
	 * The tables in an order that fills every referenced table before the tables that
	 * refer to it (a table referring to itself is filled in one statement, which checks
	 * its references at the end).
	 * @throws SQLException when foreign keys go round in a circle
	 */
	List<String> fillingOrder(List<String> tables) throws SQLException {
		Map<String, Set<String>> references = new LinkedHashMap<>();
		tables.forEach((table) -> references.put(table, new LinkedHashSet<>()));
		try (Statement statement = this.connection.createStatement();
				ResultSet result = statement
					.executeQuery("select c.conrelid::regclass::text, c.confrelid::regclass::text"
							+ " from pg_constraint c join pg_namespace n on n.oid = c.connamespace"
							+ " where c.contype = 'f' and n.nspname = current_schema()")) {
			while (result.next()) {
				String from = unquote(result.getString(1));
				String to = unquote(result.getString(2));
				if (!from.equals(to) && references.containsKey(from) && references.containsKey(to)) {
					references.get(from).add(to);
				}
			}
		}
		List<String> order = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		Deque<String> waiting = new ArrayDeque<>(tables);
		int unchanged = 0;
		while (!waiting.isEmpty()) {
			String table = waiting.removeFirst();
			if (placed.containsAll(references.get(table))) {
				order.add(table);
				placed.add(table);
				unchanged = 0;
			}
			else if (++unchanged > waiting.size() + 1) {
				throw new SQLException("The foreign keys of these tables go round in a circle: " + waiting);
			}
			else {
				waiting.addLast(table);
			}
		}
		return order;
	}

	private List<String> strings(String sql) throws SQLException {
		try (PreparedStatement query = this.connection.prepareStatement(sql)) {
			return strings(query);
		}
	}

	private static List<String> strings(PreparedStatement query) throws SQLException {
		List<String> values = new ArrayList<>();
		try (ResultSet result = query.executeQuery()) {
			while (result.next()) {
				values.add(result.getString(1));
			}
		}
		return values;
	}

	/**
	 * An identifier as SQL text: in double quotes, with double quotes in it doubled.
	 */
	static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	/**
	 * A column list as SQL text.
	 */
	static String quote(List<String> identifiers) {
		return String.join(", ", identifiers.stream().map(Catalog::quote).toList());
	}

	private static String unquote(String regclass) {
		return (regclass.startsWith("\"") && regclass.endsWith("\""))
				? regclass.substring(1, regclass.length() - 1).replace("\"\"", "\"") : regclass;
	}

}
