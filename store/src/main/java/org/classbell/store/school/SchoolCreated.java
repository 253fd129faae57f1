package org.classbell.store.school;

import org.classbell.store.SchoolId;

/**
 * A school was made, published within the transaction that made it, so that what every
 * school has (its report schedules) is made for it too.
 *
 * @param school the new school
 */
public record SchoolCreated(SchoolId school) {

}
