package org.classbell.store.chat;

import java.time.Instant;

import org.classbell.store.GuardianId;
import org.classbell.store.Messenger;

/**
 * A guardian unlinked their account in a messenger, published in the transaction that
 * unlinks it so that the messages still queued for them in that messenger are cancelled
 * with it.
 *
 * @param guardian whose account
 * @param messenger which messenger
 * @param at when
 */
public record ChatUnlinked(GuardianId guardian, Messenger messenger, Instant at) {

}
