package org.classbell.store.testing;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The PostgreSQL server of a test JVM: one embedded server for all tests, or the external
 * one named by {@code CLASSBELL_TEST_DATABASE_URL} (with
 * {@code CLASSBELL_TEST_DATABASE_USERNAME} and {@code _PASSWORD}). Tests empty its
 * tables, so never point it at a database that matters.
 */
public final class TestDatabase {

	private static Connection connection;

	private TestDatabase() {
	}

	public static synchronized Connection get() {
		if (connection == null) {
			String url = System.getenv("CLASSBELL_TEST_DATABASE_URL");
			connection = (url != null && !url.isBlank())
					? new Connection(url, System.getenv("CLASSBELL_TEST_DATABASE_USERNAME"),
							System.getenv("CLASSBELL_TEST_DATABASE_PASSWORD"))
					: embedded();
		}
		return connection;
	}

	/**
	 * A data source on the test database (a new connection each time it is asked), with
	 * the schema migrated: for tests that run the application outside a Spring test
	 * context of their own.
	 */
	public static DataSource migrated() {
		Connection database = get();
		DataSource dataSource = new DriverManagerDataSource(database.url(), database.username(), database.password());
		Flyway.configure().dataSource(dataSource).load().migrate();
		return dataSource;
	}

	private static Connection embedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			return new Connection("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", ex);
		}
	}

	/**
	 * How to reach the test database.
	 */
	public record Connection(String url, String username, String password) {

	}

}
