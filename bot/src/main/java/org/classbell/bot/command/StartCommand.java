package org.classbell.bot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.classbell.bot.BotProperties;
import org.classbell.bot.conversation.Reply;
import org.classbell.store.SchoolId;
import org.classbell.store.invite.Invitee;
import org.classbell.store.invite.Invites;
import org.classbell.store.invite.Redemption;
import org.classbell.store.invite.WrongCodes;
import org.classbell.store.roster.Guardian;
import org.classbell.store.roster.Guardians;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;
import org.classbell.store.staff.StaffMember;
import org.classbell.store.staff.StaffMembers;

import org.springframework.stereotype.Component;

/**
 * {@code /start <code>}, also sent by the deep link {@code t.me/<bot>?start=<code>}:
 * links this Telegram account to whom the code was issued for. A guardian then confirms
 * consent. Wrong codes are counted, and past the limit no code is tried. A code of
 * another school than the account's links so far adds a link in that school, and the
 * reply says the account is now in several schools.
 */
@Component
class StartCommand implements Command {

	private final Invites invites;

	private final Guardians guardians;

	private final StaffMembers staff;

	private final Schools schools;

	private final WrongCodes wrongCodes;

	private final Consent consent;

	private final HelpCommand help;

	private final Texts texts;

	private final WrongCodes.Limit limit;

	StartCommand(Invites invites, Guardians guardians, StaffMembers staff, Schools schools, WrongCodes wrongCodes,
			BotProperties properties, Consent consent, HelpCommand help, Texts texts) {
		this.invites = invites;
		this.guardians = guardians;
		this.staff = staff;
		this.schools = schools;
		this.wrongCodes = wrongCodes;
		this.limit = new WrongCodes.Limit(properties.wrongCodes(), properties.wrongCodesPeriod());
		this.consent = consent;
		this.help = help;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("start");
	}

	@Override
	public Audience audience() {
		return Audience.ANYONE;
	}

	@Override
	public List<Reply> run(Caller caller, String name, String arguments) {
		if (arguments.isBlank()) {
			if (!caller.account().isLinked()) {
				return List.of(this.texts.say(caller, "start.how_to_link"));
			}
			if (caller.memberships().consented().size() < caller.memberships().guardians().size()) {
				return List.of(this.consent.ask(caller));
			}
			return this.help.run(caller, "help", "");
		}
		if (this.wrongCodes.blocked(caller.user(), this.limit)) {
			return List.of(this.texts.say(caller, "start.too_many"));
		}
		Redemption redemption = this.invites.redeem(arguments, caller.user(), caller.chatId());
		if (redemption instanceof Redemption.Linked linked) {
			return linked(caller, linked.invitee());
		}
		this.wrongCodes.count(caller.user(), this.limit);
		String why = (redemption instanceof Redemption.Used) ? "start.code_used"
				: (redemption instanceof Redemption.Expired) ? "start.code_expired" : "start.code_unknown";
		return List.of(this.texts.say(caller, why));
	}

	private List<Reply> linked(Caller caller, Invitee invitee) {
		List<Reply> replies = new ArrayList<>();
		if (invitee instanceof Invitee.Staff staff) {
			replies.add(new Reply.Send(
					this.texts.html(caller, "start.linked_staff", Map.of("name", staff.person().givenNames()))
							+ schools(caller, invitee)));
			replies.add(this.texts.say(caller, "start.next_staff"));
			return replies;
		}
		Invitee.Guardian guardian = (Invitee.Guardian) invitee;
		replies
			.add(new Reply.Send(
					this.texts.html(caller, "start.linked_guardian",
							Map.of("name", Words.greeting(guardian.name()), "children",
									Words.children(this.guardians.children(guardian.id()))))
							+ schools(caller, invitee)));
		replies.add(this.consent.ask(caller));
		return replies;
	}

	/**
	 * Where the account was linked in other schools before and the code is of a school
	 * new to it, a paragraph that says so and names them all; else nothing. The links in
	 * the other schools stay.
	 */
	private String schools(Caller caller, Invitee invitee) {
		if (caller.memberships().schools().isEmpty()) {
			return "";
		}
		Optional<SchoolId> joined = (invitee instanceof Invitee.Staff staff)
				? this.staff.find(staff.id()).map(StaffMember::school)
				: this.guardians.find(((Invitee.Guardian) invitee).id()).map(Guardian::school);
		Optional<School> school = joined.filter((id) -> caller.memberships().school(id).isEmpty())
			.flatMap(this.schools::find);
		if (school.isEmpty()) {
			return "";
		}
		List<String> names = new ArrayList<>();
		caller.memberships().schools().values().forEach((each) -> names.add(each.name()));
		names.add(school.get().name());
		return "\n\n" + this.texts.html(caller, "start.schools",
				Map.of("school", school.get().name(), "count", names.size(), "schools", String.join(", ", names),
						"staff", ButtonData.yesNo(invitee instanceof Invitee.Staff)));
	}

}
