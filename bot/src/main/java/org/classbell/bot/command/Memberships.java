package org.classbell.bot.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.classbell.store.GuardianId;
import org.classbell.store.SchoolId;
import org.classbell.store.roster.Guardian;
import org.classbell.store.school.School;
import org.classbell.store.staff.Role;
import org.classbell.store.staff.StaffMember;

/**
 * Everyone a messenger account is linked to across the deployment's schools: its active
 * staff records and its guardian records, in the order they were linked, and their
 * schools. One bot serves a city: a teacher of two schools has a staff record in each, a
 * parent with children in two schools a guardian record in each.
 *
 * @param staff the active staff records
 * @param guardians the guardian records
 * @param consented those of the guardian records that confirmed consent in this messenger
 * @param schools the schools of all of them, by id, in the order linked
 */
public record Memberships(List<StaffMember> staff, List<Guardian> guardians, Set<GuardianId> consented,
		Map<SchoolId, School> schools) {

	/** An account linked to nobody. */
	static final Memberships NONE = new Memberships(List.of(), List.of(), Set.of(), Map.of());

	public Memberships {
		staff = List.copyOf(staff);
		guardians = List.copyOf(guardians);
		consented = Set.copyOf(consented);
		schools = Collections.unmodifiableMap(new LinkedHashMap<>(schools));
	}

	/**
	 * Whether the account is linked to people of more than one school.
	 */
	public boolean inSeveralSchools() {
		return this.schools.size() > 1;
	}

	/**
	 * One of the account's schools.
	 */
	public Optional<School> school(SchoolId id) {
		return Optional.ofNullable(this.schools.get(id));
	}

	/**
	 * The staff record in a school.
	 */
	public Optional<StaffMember> staffIn(SchoolId school) {
		return this.staff.stream().filter((member) -> member.school().equals(school)).findFirst();
	}

	/**
	 * The guardian record in a school.
	 */
	public Optional<Guardian> guardianIn(SchoolId school) {
		return this.guardians.stream().filter((guardian) -> guardian.school().equals(school)).findFirst();
	}

	/**
	 * The guardian records that confirmed consent here: what the bot may show covers
	 * these.
	 */
	public List<Guardian> consentedGuardians() {
		return this.guardians.stream().filter((guardian) -> this.consented.contains(guardian.id())).toList();
	}

	/**
	 * The schools the account is staff of, in the order linked.
	 */
	public List<School> staffSchools() {
		return schoolsOf(this.staff);
	}

	/**
	 * The schools the account is an admin of, in the order linked.
	 */
	public List<School> adminSchools() {
		return schoolsOf(this.staff.stream().filter((member) -> member.role() == Role.ADMIN).toList());
	}

	private List<School> schoolsOf(List<StaffMember> members) {
		List<School> of = new ArrayList<>();
		for (StaffMember member : members) {
			School school = this.schools.get(member.school());
			if (school != null && !of.contains(school)) {
				of.add(school);
			}
		}
		return of;
	}

}
