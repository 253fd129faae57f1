package org.classbell.app.console.classes;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.classbell.bot.command.InviteLinks;
import org.classbell.store.GuardianId;
import org.classbell.store.Language;
import org.classbell.store.families.Families;
import org.classbell.store.families.GuardianContact;
import org.classbell.store.invite.Invitee;
import org.classbell.store.invite.IssuedInvite;
import org.classbell.store.roster.SchoolClass;
import org.classbell.store.roster.StudentCard;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns issued invites into slips: the words in each guardian's language, and a deep link
 * with its QR code for each messenger whose bot's username is known.
 */
@Component
class InviteSlips {

	private final Families families;

	private final InviteLinks links;

	private final MessageSource messages;

	InviteSlips(Families families, InviteLinks links, MessageSource messages) {
		this.families = families;
		this.links = links;
		this.messages = messages;
	}

	List<Slip> of(List<IssuedInvite> invites, String school, SchoolClass schoolClass, ZoneId zone) {
		Map<GuardianId, Language> languages = this.families.ofClass(schoolClass.id())
			.stream()
			.flatMap((family) -> family.guardians().stream())
			.collect(Collectors.toMap(GuardianContact::id, GuardianContact::language, (a, b) -> a));
		List<Slip> slips = new ArrayList<>();
		for (IssuedInvite invite : invites) {
			Invitee.Guardian guardian = (Invitee.Guardian) invite.invitee();
			Locale locale = Locale.forLanguageTag(languages.getOrDefault(guardian.id(), Language.RU).code());
			String children = guardian.children()
				.stream()
				.map(StudentCard::shortName)
				.collect(Collectors.joining(", "));
			List<SlipLink> links = this.links.of(invite.code())
				.entrySet()
				.stream()
				.map((link) -> new SlipLink(link.getKey().displayName(), link.getKey().code(), link.getValue(),
						QrCode.of(link.getValue()),
						say(locale, "classes.slip.qr", link.getKey().displayName(), link.getValue())))
				.toList();
			slips.add(new Slip(locale.getLanguage(), say(locale, "classes.slip.heading"), school,
					say(locale, "classes.slip.class", schoolClass.name()),
					say(locale, (guardian.children().size() > 1) ? "classes.slip.children" : "classes.slip.child",
							children),
					say(locale, "classes.slip.guardian", guardian.name()), say(locale, "classes.slip.code"),
					invite.code(), links, steps(locale, links),
					say(locale, "classes.slip.expires", new ConsoleDates(zone, locale).day(invite.expiresAt()))));
		}
		return slips;
	}

	/**
	 * What to do with the slip: scan the code (of the messenger one uses, when there are
	 * several) and start the bot, or without a link find the bot and send it the code.
	 */
	private List<String> steps(Locale locale, List<SlipLink> links) {
		String consent = say(locale, "classes.slip.step.consent");
		if (links.isEmpty()) {
			return List.of(say(locale, "classes.slip.step.find", say(locale, "classes.slip.bot.unknown")),
					say(locale, "classes.slip.step.send"), consent);
		}
		if (links.size() > 1) {
			return List.of(say(locale, "classes.slip.step.qr.several"), say(locale, "classes.slip.step.start.several"),
					consent);
		}
		SlipLink link = links.get(0);
		return List.of(say(locale, "classes.slip.step.qr", link.messenger()),
				say(locale, "classes.slip.step.start." + link.code()), consent);
	}

	private String say(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
