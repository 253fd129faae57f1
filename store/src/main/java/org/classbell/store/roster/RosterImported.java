package org.classbell.store.roster;

import java.time.Instant;

import org.classbell.store.SchoolId;

/**
 * A school's roster was imported, published in the import's transaction: guardians it
 * dropped, or whose children it dropped, may no longer be messaged.
 *
 * @param school the school
 * @param at when
 */
public record RosterImported(SchoolId school, Instant at) {

}
