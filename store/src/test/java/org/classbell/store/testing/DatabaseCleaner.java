package org.classbell.store.testing;

import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties every table of the journal between tests, leaving Flyway's history and Quartz's
 * tables. An app still running in the test (a dispatcher claiming the outbox) may
 * deadlock with the truncation; PostgreSQL then cancels one of the two and the truncation
 * is tried again.
 */
public final class DatabaseCleaner {

	private static final int ATTEMPTS = 5;

	private DatabaseCleaner() {
	}

	public static void clean(DataSource dataSource) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		List<String> tables = jdbc.queryForList(
				"""
						select quote_ident(tablename) from pg_tables
						where schemaname = current_schema() and tablename <> 'flyway_schema_history' and tablename not like 'qrtz\\_%'
						""",
				String.class);
		if (tables.isEmpty()) {
			return;
		}
		String truncate = "truncate " + tables.stream().collect(Collectors.joining(", ")) + " restart identity cascade";
		for (int attempt = 1;; attempt++) {
			try {
				jdbc.execute(truncate);
				return;
			}
			catch (PessimisticLockingFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

}
