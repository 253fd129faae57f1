package org.classbell.store.backup;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a restore did.
 *
 * @param backupSchema the schema version of the backup
 * @param schema the schema version of the database afterwards, migrated forward to this
 * code's
 * @param rows the rows restored per table, in the order restored
 * @param waiting the messages that were waiting to be sent, or being sent, when the
 * backup was made
 * @param took how long it took
 */
public record RestoreReport(String backupSchema, String schema, Map<String, Long> rows, long waiting, Duration took) {

	public RestoreReport {
		rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
	}

	public long totalRows() {
		return this.rows.values().stream().mapToLong(Long::longValue).sum();
	}

}
