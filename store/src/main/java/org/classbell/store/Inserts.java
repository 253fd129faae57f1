package org.classbell.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Inserts rows in one JDBC batch and returns their generated ids in the order of the
 * rows.
 */
public final class Inserts {

	private Inserts() {
	}

	public static List<Long> batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.batchUpdate((connection) -> connection.prepareStatement(sql, new String[] { "id" }),
				new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement statement, int i) throws SQLException {
						Object[] row = rows.get(i);
						for (int column = 0; column < row.length; column++) {
							statement.setObject(column + 1, row[column]);
						}
					}

					@Override
					public int getBatchSize() {
						return rows.size();
					}

				}, keys);
		List<Long> ids = new ArrayList<>(rows.size());
		keys.getKeyList().forEach((key) -> ids.add(((Number) key.get("id")).longValue()));
		return ids;
	}

}
