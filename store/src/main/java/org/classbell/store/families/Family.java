package org.classbell.store.families;

import java.util.List;

import org.classbell.store.StudentId;

/**
 * A student of a class with their guardians.
 *
 * @param id the student
 * @param listNo their class-register number
 * @param name their full name
 * @param guardians their guardians, possibly none
 */
public record Family(StudentId id, int listNo, String name, List<GuardianContact> guardians) {

	public Family {
		guardians = List.copyOf(guardians);
	}

}
