package org.classbell.bot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.classbell.bot.BotProperties;
import org.classbell.bot.conversation.Reply;
import org.classbell.store.invite.Invitee;
import org.classbell.store.invite.Invites;
import org.classbell.store.invite.Redemption;
import org.classbell.store.invite.WrongCodes;
import org.classbell.store.roster.Guardians;

import org.springframework.stereotype.Component;

/**
 * {@code /start <code>}, also sent by the deep link {@code t.me/<bot>?start=<code>}:
 * links this Telegram account to whom the code was issued for. A guardian then confirms
 * consent. Wrong codes are counted, and past the limit no code is tried.
 */
@Component
class StartCommand implements Command {

	private final Invites invites;

	private final Guardians guardians;

	private final WrongCodes wrongCodes;

	private final Consent consent;

	private final HelpCommand help;

	private final Texts texts;

	private final WrongCodes.Limit limit;

	StartCommand(Invites invites, Guardians guardians, WrongCodes wrongCodes, BotProperties properties, Consent consent,
			HelpCommand help, Texts texts) {
		this.invites = invites;
		this.guardians = guardians;
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
			if (caller.guardian().isPresent() && !caller.guardianConsented()) {
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
			replies.add(this.texts.say(caller, "start.linked_staff", Map.of("name", staff.person().givenNames())));
			replies.add(this.texts.say(caller, "start.next_staff"));
			return replies;
		}
		Invitee.Guardian guardian = (Invitee.Guardian) invitee;
		replies.add(this.texts.say(caller, "start.linked_guardian", Map.of("name", Words.greeting(guardian.name()),
				"children", Words.children(this.guardians.children(guardian.id())))));
		replies.add(this.consent.ask(caller));
		return replies;
	}

}
