package org.classbell.bot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.classbell.store.GuardianId;
import org.classbell.store.roster.Guardian;
import org.classbell.store.roster.Guardians;
import org.classbell.store.roster.StudentCard;
import org.classbell.store.school.School;

import org.springframework.stereotype.Component;

/**
 * A parent's children in every school they are linked in, each with the parent's guardian
 * record and the school: what the bot shows a parent covers all of them, and names the
 * school where the children are in several.
 */
@Component
class OwnChildren {

	private final Guardians guardians;

	OwnChildren(Guardians guardians) {
		this.guardians = guardians;
	}

	/**
	 * The children of the caller's guardian records that confirmed consent.
	 */
	List<Child> of(Caller caller) {
		return of(caller, caller.memberships().consentedGuardians());
	}

	/**
	 * The children of these of the caller's guardian records, in the order of the records
	 * and then of class and register: one query.
	 */
	List<Child> of(Caller caller, List<Guardian> records) {
		if (records.size() == 1) {
			Guardian only = records.get(0);
			School school = caller.memberships().school(only.school()).orElseThrow();
			return this.guardians.children(only.id()).stream().map((card) -> new Child(card, only, school)).toList();
		}
		Map<GuardianId, List<StudentCard>> byGuardian = this.guardians
			.children(records.stream().map(Guardian::id).toList());
		List<Child> children = new ArrayList<>();
		for (Guardian record : records) {
			School school = caller.memberships().school(record.school()).orElseThrow();
			byGuardian.getOrDefault(record.id(), List.of())
				.forEach((card) -> children.add(new Child(card, record, school)));
		}
		return children;
	}

	/**
	 * Whether the children are in more than one school, so that a list of them names each
	 * one's school.
	 */
	static boolean inSeveralSchools(List<Child> children) {
		return children.stream().map((child) -> child.school().id()).distinct().count() > 1;
	}

	/**
	 * A child, the parent's guardian record they are a child of, and their school.
	 *
	 * @param card the child
	 * @param guardian the parent's guardian record in the child's school
	 * @param school the child's school
	 */
	record Child(StudentCard card, Guardian guardian, School school) {

	}

}
