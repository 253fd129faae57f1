package org.classbell.store.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of its own on the test server, empty, dropped when closed: for tests that
 * restore a backup, or start a node on a database nothing else uses.
 */
public final class ScratchDatabase implements AutoCloseable {

	private final String name;

	private final TestDatabase.Connection connection;

	private ScratchDatabase(String name, TestDatabase.Connection connection) {
		this.name = name;
		this.connection = connection;
	}

	/**
	 * Creates an empty database on the test server.
	 */
	public static ScratchDatabase create() {
		TestDatabase.Connection server = TestDatabase.get();
		String name = "scratch_" + UUID.randomUUID().toString().replace("-", "");
		execute(server, "create database " + name);
		return new ScratchDatabase(name,
				new TestDatabase.Connection(withDatabase(server.url(), name), server.username(), server.password()));
	}

	/**
	 * Drops every table of the database, so that it is empty as a new one.
	 */
	public void wipe() {
		execute(this.connection, "drop schema public cascade; create schema public");
	}

	public String name() {
		return this.name;
	}

	public TestDatabase.Connection connection() {
		return this.connection;
	}

	/**
	 * A data source on it (a new connection each time it is asked).
	 */
	public DataSource dataSource() {
		return new DriverManagerDataSource(this.connection.url(), this.connection.username(),
				this.connection.password());
	}

	@Override
	public void close() {
		execute(TestDatabase.get(), "drop database if exists " + this.name + " with (force)");
	}

	static String withDatabase(String url, String database) {
		int slash = url.lastIndexOf('/');
		int query = url.indexOf('?', slash);
		return url.substring(0, slash + 1) + database + ((query < 0) ? "" : url.substring(query));
	}

	private static void execute(TestDatabase.Connection on, String sql) {
		try (Connection connection = DriverManager.getConnection(on.url(), on.username(), on.password());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run " + sql + ": " + ex.getMessage(), ex);
		}
	}

}
