package org.classbell.store.chat;

import java.util.List;
import java.util.Optional;

import org.classbell.store.ChatUser;
import org.classbell.store.GuardianId;
import org.classbell.store.Language;
import org.classbell.store.StaffId;

/**
 * A messenger account as the bot knows it: who it belongs to, if anyone, and the language
 * it speaks. An account may be one staff member and one guardian in each school of the
 * deployment; each list is in the order the account was linked.
 *
 * @param user the account
 * @param chatId the private chat with the bot
 * @param language the language the account asked for with /lang, if it did
 * @param staff the staff members it is linked to (active ones only)
 * @param guardians the guardians it is linked to
 */
public record ChatAccount(ChatUser user, long chatId, Optional<Language> language, List<StaffId> staff,
		List<LinkedGuardian> guardians) {

	public ChatAccount {
		staff = List.copyOf(staff);
		guardians = List.copyOf(guardians);
	}

	public boolean isLinked() {
		return !this.staff.isEmpty() || !this.guardians.isEmpty();
	}

	/**
	 * A guardian the account is linked to, and whether they confirmed consent to data
	 * processing in this messenger.
	 *
	 * @param id the guardian
	 * @param consented whether they confirmed consent here
	 */
	public record LinkedGuardian(GuardianId id, boolean consented) {

	}

}
