package org.classbell.bot.command;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.classbell.bot.conversation.Incoming;
import org.classbell.store.GuardianId;
import org.classbell.store.Language;
import org.classbell.store.SchoolId;
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
 * Finds out who wrote: the account, the staff members and guardians behind it in each of
 * their schools, and the language to answer in (the one asked for with /lang, else the
 * guardian's, else the one of their messenger, else Russian). Until a command picks a
 * school, the caller is the staff member linked first (or else the guardian who consented
 * first) in their school.
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
		Memberships memberships = memberships(account);
		Optional<StaffMember> member = memberships.staff().stream().findFirst();
		Optional<Guardian> guardian = memberships.consentedGuardians()
			.stream()
			.findFirst()
			.or(() -> memberships.guardians().stream().findFirst());
		Optional<School> school = member.map(StaffMember::school)
			.or(() -> guardian.map(Guardian::school))
			.flatMap(memberships::school);
		Locale locale = account.language()
			.or(() -> guardian.map(Guardian::language))
			.or(() -> Language.parse((incoming.languageCode() != null) ? incoming.languageCode().split("-")[0] : ""))
			.orElse(Language.RU)
			.locale();
		return new Caller(incoming, account, locale, member, guardian, school, now, memberships);
	}

	/**
	 * Everyone behind the account: a query for its staff members and one for its
	 * guardians, where it has any, and one for each of their schools (one school for
	 * almost everyone).
	 */
	private Memberships memberships(ChatAccount account) {
		if (!account.isLinked()) {
			return Memberships.NONE;
		}
		List<StaffMember> members = this.staff.find(account.staff()).stream().filter(StaffMember::active).toList();
		List<Guardian> linked = this.guardians
			.find(account.guardians().stream().map(ChatAccount.LinkedGuardian::id).toList());
		Set<GuardianId> consented = account.guardians()
			.stream()
			.filter(ChatAccount.LinkedGuardian::consented)
			.map(ChatAccount.LinkedGuardian::id)
			.collect(Collectors.toSet());
		Map<SchoolId, School> schools = new LinkedHashMap<>();
		Stream.concat(members.stream().map(StaffMember::school), linked.stream().map(Guardian::school))
			.distinct()
			.forEach((id) -> this.schools.find(id).ifPresent((school) -> schools.put(id, school)));
		return new Memberships(members, linked, consented, schools);
	}

}
