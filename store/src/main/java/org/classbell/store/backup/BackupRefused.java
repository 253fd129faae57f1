package org.classbell.store.backup;

/**
 * A backup file that cannot be restored, or a database it cannot be restored into; the
 * message says which and why, in words for the technician running the restore. Nothing
 * was changed.
 */
public class BackupRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public BackupRefused(String message) {
		super(message);
	}

	public BackupRefused(String message, Throwable cause) {
		super(message, cause);
	}

}
