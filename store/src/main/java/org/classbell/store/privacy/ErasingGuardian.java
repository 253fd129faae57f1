package org.classbell.store.privacy;

import java.time.Instant;

import org.classbell.store.GuardianId;

/**
 * A guardian's personal data is being erased: published in the erasure's transaction,
 * first, so that the texts of the messages written to them are blanked and those still
 * queued cancelled before the guardian's row is locked (a dispatcher's claim may hold
 * some of those messages while it waits for that row).
 *
 * @param guardian whose data
 * @param at when
 */
public record ErasingGuardian(GuardianId guardian, Instant at) {

}
