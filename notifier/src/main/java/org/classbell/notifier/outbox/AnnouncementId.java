package org.classbell.notifier.outbox;

/**
 * Identifies an announcement, which the notifications carrying it name.
 */
public record AnnouncementId(long value) {

}
