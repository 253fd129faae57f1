package org.classbell.store.school;

import java.util.Optional;

/**
 * Who a school's SMS come from when it has a sender of its own: a Twilio phone number or
 * a messaging service, not both. A school with neither sends from the deployment's
 * sender.
 *
 * @param from the Twilio number in E.164, such as {@code +15005550006}, or null
 * @param messagingService the Twilio messaging service SID ({@code MG…}), or null
 */
public record SmsSender(String from, String messagingService) {

	private static final String FROM_FORM = "\\+[1-9][0-9]{6,14}";

	private static final String SERVICE_FORM = "MG[0-9a-f]{32}";

	/** No sender of the school's own. */
	public static final SmsSender DEPLOYMENT = new SmsSender(null, null);

	public SmsSender {
		if (from != null && !from.matches(FROM_FORM)) {
			throw new IllegalArgumentException("An SMS sender number is written in E.164, such as +15005550006");
		}
		if (messagingService != null && !messagingService.matches(SERVICE_FORM)) {
			throw new IllegalArgumentException(
					"A Twilio messaging service SID is MG followed by 32 hexadecimal digits");
		}
		if (from != null && messagingService != null) {
			throw new IllegalArgumentException("A school sends from a number or a messaging service, not both");
		}
	}

	/**
	 * Whether the school has a sender of its own.
	 */
	public boolean isOwn() {
		return this.from != null || this.messagingService != null;
	}

	/**
	 * The sender's number or service SID, where the school has one: what its SMS are
	 * counted under.
	 */
	public Optional<String> address() {
		return Optional.ofNullable((this.messagingService != null) ? this.messagingService : this.from);
	}

}
