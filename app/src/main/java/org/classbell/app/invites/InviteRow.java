package org.classbell.app.invites;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.classbell.store.Messenger;
import org.classbell.store.invite.Invitee;
import org.classbell.store.invite.IssuedInvite;
import org.classbell.store.roster.StudentCard;

/**
 * One new invite code as the admin API returns it, the only time it is shown.
 *
 * @param code the code, to type after {@code /start}
 * @param link the deep link that opens the Telegram bot with the code, or {@code null}
 * while Telegram is off or the bot's username is unknown
 * @param maxLink the deep link that opens the MAX bot with the code; left out while MAX
 * is off or the bot's username is unknown
 * @param role {@code staff} or {@code guardian}
 * @param id the staff member's or guardian's id
 * @param name whom the code is for
 * @param children for a guardian, their children in the class the code was issued for
 * @param expiresAt when the code stops working
 */
record InviteRow(String code, String link, @JsonInclude(JsonInclude.Include.NON_NULL) String maxLink, String role,
		long id, String name, @JsonInclude(JsonInclude.Include.NON_NULL) List<Child> children, Instant expiresAt) {

	static InviteRow of(IssuedInvite invite, Map<Messenger, String> links) {
		String link = links.get(Messenger.TELEGRAM);
		String maxLink = links.get(Messenger.MAX);
		if (invite.invitee() instanceof Invitee.Guardian guardian) {
			return new InviteRow(invite.code(), link, maxLink, "guardian", guardian.id().value(), guardian.name(),
					guardian.children().stream().map(Child::of).toList(), invite.expiresAt());
		}
		Invitee.Staff staff = (Invitee.Staff) invite.invitee();
		return new InviteRow(invite.code(), link, maxLink, "staff", staff.id().value(), staff.name(), null,
				invite.expiresAt());
	}

	/**
	 * A child a guardian's code covers.
	 */
	record Child(String name, String className, int listNo) {

		static Child of(StudentCard student) {
			return new Child(student.shortName(), student.className(), student.listNo());
		}

	}

}
