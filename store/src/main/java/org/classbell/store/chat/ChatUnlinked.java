package org.classbell.store.chat;

import java.time.Instant;

import org.classbell.store.GuardianId;

/**
 * A guardian unlinked their Telegram account, published in the transaction that unlinks
 * it so that the Telegram messages still queued for them are cancelled with it.
 *
 * @param guardian whose account
 * @param at when
 */
public record ChatUnlinked(GuardianId guardian, Instant at) {

}
