package org.classbell.app.backups;

/**
 * A backup was asked for while another is being made, on this node or another.
 */
public class BackupUnderWay extends RuntimeException {

	private static final long serialVersionUID = 1L;

	BackupUnderWay() {
		super("A backup is being made; one at a time");
	}

}
