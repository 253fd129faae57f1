package org.classbell.store.imports;

import org.classbell.store.SchoolId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes imports for one school wait for each other, also across nodes on one database.
 */
@Component
public class ImportLock {

	private final JdbcClient jdbc;

	ImportLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Holds the school's import lock until the current transaction ends.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void hold(SchoolId school) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('classbell.import'), ?)")
			.param((int) school.value())
			.query()
			.singleValue();
	}

}
