package org.classbell.app.console.classes;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.classbell.bot.telegram.BotIdentity;
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
 * Turns issued invites into slips: the words in each guardian's language, the deep link
 * and its QR code when the bot's username is known.
 */
@Component
class InviteSlips {

	private final Families families;

	private final BotIdentity bot;

	private final MessageSource messages;

	InviteSlips(Families families, BotIdentity bot, MessageSource messages) {
		this.families = families;
		this.bot = bot;
		this.messages = messages;
	}

	List<Slip> of(List<IssuedInvite> invites, String school, SchoolClass schoolClass, ZoneId zone) {
		Map<GuardianId, Language> languages = this.families.ofClass(schoolClass.id())
			.stream()
			.flatMap((family) -> family.guardians().stream())
			.collect(Collectors.toMap(GuardianContact::id, GuardianContact::language, (a, b) -> a));
		Optional<String> botName = this.bot.username();
		List<Slip> slips = new ArrayList<>();
		for (IssuedInvite invite : invites) {
			Invitee.Guardian guardian = (Invitee.Guardian) invite.invitee();
			Locale locale = Locale.forLanguageTag(languages.getOrDefault(guardian.id(), Language.RU).code());
			String children = guardian.children()
				.stream()
				.map(StudentCard::shortName)
				.collect(Collectors.joining(", "));
			Optional<String> link = this.bot.startLink(invite.code());
			List<String> steps = link
				.isPresent()
						? List.of(say(locale, "classes.slip.step.qr"), say(locale, "classes.slip.step.start"),
								say(locale, "classes.slip.step.consent"))
						: List.of(
								say(locale, "classes.slip.step.find",
										botName.map((name) -> "@" + name)
											.orElse(say(locale, "classes.slip.bot.unknown"))),
								say(locale, "classes.slip.step.send"), say(locale, "classes.slip.step.consent"));
			slips.add(new Slip(locale.getLanguage(), say(locale, "classes.slip.heading"), school,
					say(locale, "classes.slip.class", schoolClass.name()),
					say(locale, (guardian.children().size() > 1) ? "classes.slip.children" : "classes.slip.child",
							children),
					say(locale, "classes.slip.guardian", guardian.name()), say(locale, "classes.slip.code"),
					invite.code(), link.orElse(null), link.map(QrCode::of).orElse(null),
					say(locale, "classes.slip.qr", link.orElse("")), steps,
					say(locale, "classes.slip.expires", new ConsoleDates(zone, locale).day(invite.expiresAt()))));
		}
		return slips;
	}

	private String say(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
