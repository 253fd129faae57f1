package org.classbell.store.testing;

import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties every table of the journal between tests, leaving Flyway's history and Quartz's
 * tables.
 */
public final class DatabaseCleaner {

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
		if (!tables.isEmpty()) {
			jdbc.execute("truncate " + tables.stream().collect(Collectors.joining(", ")) + " restart identity cascade");
		}
	}

}
