package org.classbell.store.invite;

import java.util.List;

import org.classbell.store.GuardianId;
import org.classbell.store.PersonName;
import org.classbell.store.StaffId;
import org.classbell.store.roster.StudentCard;
import org.classbell.store.staff.Role;

/**
 * Whom an invite code links a Telegram account to.
 */
public sealed interface Invitee {

	/**
	 * The person's name as shown to them and to whoever hands out the code.
	 */
	String name();

	/**
	 * A teacher or admin.
	 */
	record Staff(StaffId id, PersonName person, Role role) implements Invitee {

		@Override
		public String name() {
			return this.person.full();
		}

	}

	/**
	 * A guardian, with the children of theirs that the code was issued for.
	 */
	record Guardian(GuardianId id, String name, List<StudentCard> children) implements Invitee {

		public Guardian {
			children = List.copyOf(children);
		}

	}

}
