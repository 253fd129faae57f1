package org.classbell.store.invite;

import java.time.Instant;

/**
 * A new invite code, the only time it is seen in the clear.
 *
 * @param code the code, as it goes into the deep link
 * @param expiresAt when it stops working
 * @param invitee whom it links to
 */
public record IssuedInvite(String code, Instant expiresAt, Invitee invitee) {

}
