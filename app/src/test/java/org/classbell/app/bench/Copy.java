package org.classbell.app.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into one table with PostgreSQL's {@code COPY ... FROM STDIN}, in its text
 * format, a megabyte at a time: {@code value(...)} for each column, then {@link #row()}.
 */
final class Copy implements AutoCloseable {

	private static final int FLUSH_AT = 1 << 20;

	private final Connection connection;

	private final boolean replica;

	private final CopyIn in;

	private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);

	private boolean first = true;

	private long rows;

	private Copy(Connection connection, boolean replica, CopyIn in) {
		this.connection = connection;
		this.replica = replica;
		this.in = in;
	}

	/**
	 * Starts copying into the table's columns, named as in SQL: {@code student (a, b)},
	 * on a connection of its own (a connection copies one table at a time), which it
	 * closes when done.
	 * @param replica whether to turn triggers and foreign key checks off for the copy
	 * (for superusers only)
	 */
	static Copy into(DataSource dataSource, boolean replica, String tableAndColumns) throws SQLException {
		Connection connection = dataSource.getConnection();
		try {
			connection.setAutoCommit(true);
			if (replica) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("set session_replication_role = replica");
				}
			}
			return new Copy(connection, replica,
					connection.unwrap(PGConnection.class)
						.getCopyAPI()
						.copyIn("copy " + tableAndColumns + " from stdin"));
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	Copy value(long value) {
		separate();
		this.buffer.append(value);
		return this;
	}

	Copy value(Object value) {
		if (value == null) {
			return nothing();
		}
		separate();
		String text = value.toString();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> this.buffer.append("\\\\");
				case '\t' -> this.buffer.append("\\t");
				case '\n' -> this.buffer.append("\\n");
				case '\r' -> this.buffer.append("\\r");
				default -> this.buffer.append(c);
			}
		}
		return this;
	}

	Copy nothing() {
		separate();
		this.buffer.append("\\N");
		return this;
	}

	void row() throws SQLException {
		this.buffer.append('\n');
		this.first = true;
		this.rows++;
		if (this.buffer.length() >= FLUSH_AT) {
			flush();
		}
	}

	private void separate() {
		if (!this.first) {
			this.buffer.append('\t');
		}
		this.first = false;
	}

	private void flush() throws SQLException {
		byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
		this.in.writeToCopy(bytes, 0, bytes.length);
		this.buffer.setLength(0);
	}

	/**
	 * The rows given so far.
	 */
	long rows() {
		return this.rows;
	}

	/**
	 * Sends what is left and ends the copy.
	 */
	@Override
	public void close() throws SQLException {
		try (Connection closing = this.connection) {
			if (this.in.isActive()) {
				flush();
				this.in.endCopy();
			}
			if (this.replica) {
				try (Statement statement = closing.createStatement()) {
					statement.execute("reset session_replication_role");
				}
			}
		}
	}

	static long maxId(Connection connection, String table) throws SQLException {
		return query(connection, "select coalesce(max(id), 0) from " + table);
	}

	/**
	 * The ids of the rows a copy just wrote, in the order it wrote them: a copy takes its
	 * ids from the table's sequence one row after the other.
	 */
	static long[] ids(Connection connection, String table, long after, int count) throws SQLException {
		long[] ids = new long[count];
		int n = 0;
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("select id from " + table + " where id > " + after + " order by id")) {
			while (rows.next()) {
				if (n == count) {
					throw new IllegalStateException("More rows in " + table + " than were copied");
				}
				ids[n++] = rows.getLong(1);
			}
		}
		if (n != count) {
			throw new IllegalStateException(n + " rows in " + table + ", " + count + " copied");
		}
		return ids;
	}

	static long query(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			Object value = result.getObject(1);
			return (value instanceof Boolean flag) ? (flag ? 1 : 0) : ((Number) value).longValue();
		}
	}

}
