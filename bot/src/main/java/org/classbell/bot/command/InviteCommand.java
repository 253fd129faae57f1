package org.classbell.bot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.classbell.bot.conversation.Reply;
import org.classbell.store.Actor;
import org.classbell.store.Messenger;
import org.classbell.store.invite.Invitee;
import org.classbell.store.invite.Invites;
import org.classbell.store.invite.IssuedInvite;

import org.springframework.stereotype.Component;

/**
 * {@code /invite <class>}: new invite codes for every guardian of a class, as a message
 * the class teacher can forward; one code per guardian, with the deep link that uses it.
 */
@Component
class InviteCommand implements Command {

	private final Scope scope;

	private final Invites invites;

	private final InviteLinks links;

	private final Texts texts;

	InviteCommand(Scope scope, Invites invites, InviteLinks links, Texts texts) {
		this.scope = scope;
		this.invites = invites;
		this.links = links;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("invite");
	}

	@Override
	public Audience audience() {
		return Audience.STAFF;
	}

	@Override
	public SchoolBy schoolBy() {
		return SchoolBy.CLASS;
	}

	@Override
	public List<Reply> run(Caller caller, String name, String text) {
		Arguments arguments = Arguments.of(text);
		Optional<String> typedClass = arguments.takeClass();
		if (typedClass.isEmpty()) {
			return List.of(this.texts.say(caller, "invite.usage"));
		}
		return this.scope.classOf(caller, typedClass, Scope.Right.LEADING, "/invite 5А").then((schoolClass) -> {
			List<IssuedInvite> issued = this.invites.forClass(schoolClass.school(), schoolClass.id(),
					Actor.staff(caller.staff().orElseThrow().id()));
			if (issued.isEmpty()) {
				return List.of(this.texts.say(caller, "invite.nobody", Map.of("class", schoolClass.name())));
			}
			List<String> lines = new ArrayList<>();
			lines.add(this.texts.html(caller.locale(), "invite.title",
					Map.of("class", schoolClass.name(), "count", issued.size(), "expires",
							issued.get(0).expiresAt().atZone(caller.school().orElseThrow().timeZone()).toLocalDate())));
			for (IssuedInvite invite : issued) {
				Invitee.Guardian guardian = (Invitee.Guardian) invite.invitee();
				Map<Messenger, String> links = this.links.of(invite.code());
				String key = switch (links.size()) {
					case 0 -> "invite.line_code";
					case 1 -> "invite.line";
					default -> "invite.line_both";
				};
				lines.add(this.texts.html(caller.locale(), key,
						Map.of("name", guardian.name(), "children", Words.children(guardian.children()), "code",
								invite.code(), "link", links.values().stream().findFirst().orElse(""), "telegram",
								links.getOrDefault(Messenger.TELEGRAM, ""), "max",
								links.getOrDefault(Messenger.MAX, ""))));
			}
			return List.of(new Reply.Send(String.join("\n\n", lines), List.of()));
		});
	}

}
