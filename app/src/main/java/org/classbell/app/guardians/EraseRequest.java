package org.classbell.app.guardians;

/**
 * The body of {@code POST /api/guardians/{id}/erase}.
 *
 * @param reason why the guardian's data is erased, such as the guardian's written request
 */
record EraseRequest(String reason) {

	/** The longest reason kept. */
	static final int MAX_REASON = 1000;

	/**
	 * The reason, trimmed; or {@code null} when it is missing, blank or too long.
	 */
	String cleanReason() {
		if (this.reason == null || this.reason.isBlank() || this.reason.strip().length() > MAX_REASON) {
			return null;
		}
		return this.reason.strip();
	}

}
