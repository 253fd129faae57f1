package org.classbell.store.audit;

import org.classbell.store.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names the actor of the current transaction for the audit log, which database triggers
 * fill.
 */
@Component
public class AuditTrail {

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Attributes every change made in the current transaction to the actor.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void actAs(Actor actor) {
		this.jdbc.sql("select set_config('classbell.actor', ?, true)").param(actor.name()).query().singleValue();
	}

}
