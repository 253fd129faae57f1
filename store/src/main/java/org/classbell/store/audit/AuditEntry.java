package org.classbell.store.audit;

import java.time.Instant;

/**
 * One change in the audit log, with the row before and after as JSON text.
 */
public record AuditEntry(long id, Instant at, String actor, String action, String entity, Long entityId, String before,
		String after) {

}
