package org.classbell.store.chat;

import java.time.Instant;
import java.util.Optional;

import org.classbell.store.ChatUser;
import org.classbell.store.GuardianId;
import org.classbell.store.Language;
import org.classbell.store.StaffId;

/**
 * A messenger account as the bot knows it: who it belongs to, if anyone, and the language
 * it speaks.
 *
 * @param user the account
 * @param chatId the private chat with the bot
 * @param language the language the account asked for with /lang, if it did
 * @param staff the staff member it is linked to, if any (active ones only)
 * @param guardian the guardian it is linked to, if any
 * @param consentedAt when the guardian confirmed consent in this messenger, if they did
 */
public record ChatAccount(ChatUser user, long chatId, Optional<Language> language, Optional<StaffId> staff,
		Optional<GuardianId> guardian, Instant consentedAt) {

	public boolean isLinked() {
		return this.staff.isPresent() || this.guardian.isPresent();
	}

}
