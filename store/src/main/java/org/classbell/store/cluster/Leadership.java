package org.classbell.store.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.springframework.dao.DataAccessResourceFailureException;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Lets one node of several on a database do a job alone: the node that holds a PostgreSQL
 * session advisory lock of the job leads, and when it dies its connection (and the lock)
 * goes with it, so another node can take the lead.
 */
@Component
public class Leadership {

	private static final Logger log = LoggerFactory.getLogger(Leadership.class);

	private final DataSource dataSource;

	Leadership(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * The lead of the job, if no other node holds it; held on a connection of its own
	 * until closed.
	 * @param job what is led, such as {@code classbell.telegram}
	 * @param key which one of it, such as the bot's id
	 * @throws DataAccessResourceFailureException when the database cannot be asked
	 */
	public Optional<Lead> tryLead(String job, String key) {
		Connection connection = null;
		try {
			connection = this.dataSource.getConnection();
			connection.setAutoCommit(true);
			if (call(connection, "pg_try_advisory_lock", job, key)) {
				return Optional.of(new Lead(connection, job, key));
			}
			connection.close();
			return Optional.empty();
		}
		catch (SQLException ex) {
			close(connection, job);
			throw new DataAccessResourceFailureException("Could not ask who leads " + job + ": " + ex.getMessage(), ex);
		}
	}

	private static void close(Connection connection, String job) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				log.debug("Could not close the connection of the lead of {}", job, ex);
			}
		}
	}

	private static boolean call(Connection connection, String function, String job, String key) throws SQLException {
		try (PreparedStatement lock = connection
			.prepareStatement("select " + function + "(hashtext(?), hashtext(?))")) {
			lock.setString(1, job);
			lock.setString(2, key);
			try (ResultSet result = lock.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	/**
	 * The lead of a job, held while its connection lives.
	 */
	public static final class Lead implements AutoCloseable {

		private final Connection connection;

		private final String job;

		private final String key;

		private Lead(Connection connection, String job, String key) {
			this.connection = connection;
			this.job = job;
			this.key = key;
		}

		/**
		 * Whether the lead still holds: its connection to the database is alive.
		 */
		public boolean holds() {
			try {
				return this.connection.isValid(5);
			}
			catch (SQLException ex) {
				return false;
			}
		}

		/**
		 * Gives the lead back; the connection returns to the pool, where its session (and
		 * a lock left in it) would live on.
		 */
		@Override
		public void close() {
			try {
				if (!this.connection.isClosed() && this.connection.isValid(5)) {
					call(this.connection, "pg_advisory_unlock", this.job, this.key);
				}
			}
			catch (SQLException ex) {
				log.warn("Could not give back the lead of {}: {}", this.job, ex.getMessage());
			}
			finally {
				Leadership.close(this.connection, this.job);
			}
		}

	}

}
