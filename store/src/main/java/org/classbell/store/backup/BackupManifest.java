package org.classbell.store.backup;

import java.time.Instant;
import java.util.List;

/**
 * What a backup file holds, written into it as {@code manifest.json}: the schema version
 * the rows belong to, and for each table its columns, how many rows and the SHA-256 of
 * its data, so that a restore can tell a damaged file from a good one table by table.
 *
 * @param format the file's format, {@value #FORMAT}
 * @param schemaVersion the Flyway version of the schema, such as {@code 13}
 * @param createdAt when the snapshot was taken
 * @param server the PostgreSQL server it was taken from, such as {@code 17.11}
 * @param tables the tables, in the order their data was written
 * @param sequences the sequences' values
 */
public record BackupManifest(int format, String schemaVersion, Instant createdAt, String server, List<TableData> tables,
		List<SequenceValue> sequences) {

	/** The format this code writes and reads. */
	public static final int FORMAT = 1;

	/** The manifest's name in the file. */
	static final String ENTRY = "manifest.json";

	public BackupManifest {
		tables = List.copyOf(tables);
		sequences = List.copyOf(sequences);
	}

	/**
	 * The rows of all tables.
	 */
	public long totalRows() {
		return this.tables.stream().mapToLong(TableData::rows).sum();
	}

	/**
	 * One table's data in the file: PostgreSQL's {@code COPY} text format, in the entry
	 * {@code tables/<name>.tsv}.
	 *
	 * @param name the table
	 * @param columns the columns, in the order of the data
	 * @param rows how many rows
	 * @param sha256 the SHA-256 of the entry's bytes, in hex
	 */
	public record TableData(String name, List<String> columns, long rows, String sha256) {

		public TableData {
			columns = List.copyOf(columns);
		}

		String entry() {
			return "tables/" + this.name + ".tsv";
		}

	}

	/**
	 * A sequence's state, as {@code setval} takes it.
	 *
	 * @param name the sequence
	 * @param value its last value
	 * @param called whether the value was given out
	 */
	public record SequenceValue(String name, long value, boolean called) {

	}

}
