package org.classbell.store.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the audit log.
 */
@Repository
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The changes to one kind of row, oldest first.
	 */
	public List<AuditEntry> of(String entity) {
		return this.jdbc.sql("""
				select id, at, actor, action, entity, entity_id, before::text, after::text
				from audit_log where entity = ? order by id
				""").param(entity).query(AuditEntry.class).list();
	}

	public long count() {
		return this.jdbc.sql("select count(*) from audit_log").query(Long.class).single();
	}

}
