package org.classbell.bot.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;

import org.classbell.bot.conversation.Incoming;
import org.classbell.store.ChatUser;
import org.classbell.store.Messenger;
import org.classbell.store.SchoolId;
import org.classbell.store.chat.ChatAccount;
import org.classbell.store.roster.Guardian;
import org.classbell.store.school.School;
import org.classbell.store.staff.StaffMember;

/**
 * Who wrote to the bot and when: their messenger account, the staff member or guardian
 * behind it in the school a command acts in, everyone behind it in every school, their
 * language, and the school's date and time.
 *
 * @param incoming what they sent
 * @param account their messenger account
 * @param locale the language to answer in
 * @param staff the staff member behind the account in this school, if any
 * @param guardian the guardian behind the account in this school, if any
 * @param school the school: of the staff member (or else the guardian), if linked
 * @param now the instant
 * @param memberships everyone behind the account, in every school
 */
public record Caller(Incoming incoming, ChatAccount account, Locale locale, Optional<StaffMember> staff,
		Optional<Guardian> guardian, Optional<School> school, Instant now, Memberships memberships) {

	/**
	 * The conversation: where the bot answers, and where notifications to this person go.
	 */
	public long chatId() {
		return this.incoming.chatId();
	}

	/**
	 * The same caller, answered in another language.
	 */
	public Caller inLanguage(Locale other) {
		return new Caller(this.incoming, this.account, other, this.staff, this.guardian, this.school, this.now,
				this.memberships);
	}

	/**
	 * The same person in one of their schools: their staff member and guardian there.
	 */
	public Caller in(School other) {
		return new Caller(this.incoming, this.account, this.locale, this.memberships.staffIn(other.id()),
				this.memberships.guardianIn(other.id()), Optional.of(other), this.now, this.memberships);
	}

	/**
	 * The person's messenger account.
	 */
	public ChatUser user() {
		return this.incoming.user();
	}

	/**
	 * The messenger the person wrote in.
	 */
	public Messenger messenger() {
		return this.incoming.messenger();
	}

	/**
	 * Today in the school's time zone.
	 */
	public LocalDate today() {
		return this.now.atZone(this.school.orElseThrow().timeZone()).toLocalDate();
	}

	/**
	 * The time of day in the school's time zone.
	 */
	public LocalTime time() {
		return this.now.atZone(this.school.orElseThrow().timeZone()).toLocalTime();
	}

	/**
	 * Whether the caller acts in this school, as their staff member there: what was made
	 * in one school (a draft, a roll call sheet) is carried on only there, whatever
	 * school a button claims.
	 */
	public boolean actsAsStaffIn(SchoolId other) {
		return other != null && this.staff.filter((member) -> member.school().equals(other)).isPresent()
				&& this.school.filter((where) -> where.id().equals(other)).isPresent();
	}

	/**
	 * Whether the guardian confirmed consent in the conversation; staff need not.
	 */
	public boolean guardianConsented() {
		return this.guardian.filter((linked) -> this.memberships.consented().contains(linked.id())).isPresent();
	}

}
