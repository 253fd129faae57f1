package org.classbell.notifier.inbound;

/**
 * Where a parent's SMS was sent, as Twilio tells: the number, and the messaging service
 * that number belongs to, if any. A school's own number or service says which school the
 * SMS is about; the deployment's says nothing of it.
 *
 * @param number the number written to ({@code To}), or {@code null} when not told
 * @param messagingService the messaging service ({@code MessagingServiceSid}), or
 * {@code null}
 */
public record SentTo(String number, String messagingService) {

	/** Not told: as the deployment's number. */
	public static final SentTo UNKNOWN = new SentTo(null, null);

	public SentTo {
		number = blankAsNull(number);
		messagingService = blankAsNull(messagingService);
	}

	private static String blankAsNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
