package org.classbell.app.guardians;

import java.time.Instant;
import java.util.List;

import org.classbell.store.roster.Guardian;
import org.classbell.store.roster.Guardians;
import org.classbell.store.roster.PhoneNumber;
import org.classbell.store.roster.StudentCard;

/**
 * A guardian of a class as {@code GET /api/guardians?class=} lists them, to find the id
 * the other guardian endpoints take.
 *
 * @param id the guardian's id
 * @param name their full name
 * @param phone their phone in E.164, or {@code null}
 * @param language the language of their messages
 * @param consentAt when consent to processing their data was recorded, or {@code null}
 * @param consentSource where it came from, or {@code null}
 * @param smsOptedOutAt when they asked for no more SMS, or {@code null}
 * @param children their children in the class
 */
record GuardianRow(long id, String name, String phone, String language, Instant consentAt, String consentSource,
		Instant smsOptedOutAt, List<Child> children) {

	static GuardianRow of(Guardians.WithChildren found) {
		Guardian guardian = found.guardian();
		return new GuardianRow(guardian.id().value(), guardian.name(),
				guardian.phone().map(PhoneNumber::e164).orElse(null), guardian.language().code(), guardian.consentAt(),
				guardian.consentSource(), guardian.optedOutAt(), found.children().stream().map(Child::of).toList());
	}

	/**
	 * @param name the child's name
	 * @param listNo their number in the class register
	 */
	record Child(String name, int listNo) {

		static Child of(StudentCard child) {
			return new Child((child.lastName() + " " + child.firstName()).strip(), child.listNo());
		}

	}

}
