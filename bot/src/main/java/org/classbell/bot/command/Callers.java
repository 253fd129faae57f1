package org.classbell.bot.command;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.classbell.bot.conversation.Incoming;
import org.classbell.store.Language;
import org.classbell.store.chat.ChatAccount;
import org.classbell.store.chat.ChatAccounts;
import org.classbell.store.roster.Guardian;
import org.classbell.store.roster.Guardians;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;
import org.classbell.store.staff.StaffMember;
import org.classbell.store.staff.StaffMembers;

import org.springframework.stereotype.Component;

/**
 * Finds out who wrote: the account, the staff member or guardian behind it, and the
 * language to answer in (the one asked for with /lang, else the guardian's, else the one
 * of their Telegram, else Russian).
 */
@Component
public class Callers {

	private final ChatAccounts accounts;

	private final StaffMembers staff;

	private final Guardians guardians;

	private final Schools schools;

	Callers(ChatAccounts accounts, StaffMembers staff, Guardians guardians, Schools schools) {
		this.accounts = accounts;
		this.staff = staff;
		this.guardians = guardians;
		this.schools = schools;
	}

	public Caller of(Incoming incoming, Instant now) {
		ChatAccount account = this.accounts.seen(incoming.user(), incoming.chatId(), now);
		Optional<StaffMember> member = account.staff().flatMap(this.staff::find).filter(StaffMember::active);
		Optional<Guardian> guardian = account.guardian().flatMap(this.guardians::find);
		Optional<School> school = member.map(StaffMember::school)
			.or(() -> guardian.map(Guardian::school))
			.flatMap(this.schools::find);
		Locale locale = account.language()
			.or(() -> guardian.map(Guardian::language))
			.or(() -> Language.parse((incoming.languageCode() != null) ? incoming.languageCode().split("-")[0] : ""))
			.orElse(Language.RU)
			.locale();
		return new Caller(incoming, account, locale, member, guardian, school, now);
	}

}
