package org.classbell.store.consent;

/**
 * What a consent is for.
 */
public enum Purpose {

	/**
	 * The processing of the guardian's and their child's data, which every message needs.
	 */
	PROCESSING("processing"),
	/** Messages by SMS: withdrawn by STOP or {@code /stop}, given again by START. */
	SMS("sms");

	private final String code;

	Purpose(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public static Purpose of(String code) {
		for (Purpose purpose : values()) {
			if (purpose.code.equals(code)) {
				return purpose;
			}
		}
		throw new IllegalArgumentException("No consent purpose " + code);
	}

}
