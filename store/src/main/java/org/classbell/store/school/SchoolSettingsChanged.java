package org.classbell.store.school;

import org.classbell.store.SchoolId;

/**
 * A school's settings changed, published within the transaction that changed them, so
 * that what depends on them (the report schedules, in the school's time zone) follows.
 *
 * @param school the school
 * @param before its settings before
 * @param after its settings now
 */
public record SchoolSettingsChanged(SchoolId school, SchoolSettings before, SchoolSettings after) {

	public boolean timeZoneChanged() {
		return !this.before.timeZone().equals(this.after.timeZone());
	}

}
