package org.classbell.store.roster;

import java.util.List;
import java.util.Optional;

import org.classbell.store.Language;
import org.classbell.store.PersonName;

/**
 * A checked roster line: a student of a class and, optionally, one of their guardians.
 */
record RosterRow(long line, ClassName className, int listNo, PersonName student, Optional<GuardianRow> guardian,
		List<String> subgroups) {

	/**
	 * The student's identity within the file.
	 */
	String studentKey() {
		return this.className.key() + "|" + this.student.key();
	}

	/**
	 * A guardian as the roster gives them.
	 *
	 * @param name the guardian's full name
	 * @param phone their phone, if given
	 * @param language their language, if given
	 * @param consent whether the school holds their signed consent
	 */
	record GuardianRow(String name, Optional<PhoneNumber> phone, Optional<Language> language, boolean consent) {

	}

}
