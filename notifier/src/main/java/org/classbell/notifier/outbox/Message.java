package org.classbell.notifier.outbox;

/**
 * A message to one recipient, about to be written to the outbox.
 *
 * @param recipient who, and by which channel
 * @param studentId the student it is about, or {@code null}
 * @param kind what it is, such as {@code attendance} or {@code announcement}
 * @param topic what it is about, so that later changes find it; or {@code null}
 * @param body the text as it is sent (HTML for Telegram, plain for SMS)
 * @param announcementId the announcement it carries, or {@code null}
 */
public record Message(Recipient recipient, Long studentId, String kind, String topic, String body,
		Long announcementId) {

}
