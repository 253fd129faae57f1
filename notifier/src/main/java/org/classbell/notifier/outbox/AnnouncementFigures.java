package org.classbell.notifier.outbox;

import org.classbell.store.StaffId;

/**
 * The delivery figures of an announcement, each guardian counted once.
 *
 * @param author who made it, or {@code null} for the operator
 * @param pending not sent yet (waiting, held by quiet hours, or being retried)
 * @param sent sent, no delivery report (yet); Telegram gives none
 * @param delivered delivered, as the SMS provider reported
 * @param failed could not be sent
 * @param unreachable guardians with no channel at all
 */
public record AnnouncementFigures(StaffId author, int pending, int sent, int delivered, int failed, int unreachable) {

}
