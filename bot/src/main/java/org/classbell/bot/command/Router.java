package org.classbell.bot.command;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.classbell.bot.conversation.Reply;
import org.classbell.store.staff.Role;

import org.springframework.stereotype.Component;

/**
 * Sends what a person wrote or pressed to the command or buttons it is for, after
 * checking that this person may use them; a text that is no command is a message between
 * a parent and the class teacher.
 */
@Component
public class Router {

	private final Map<String, Command> commands = new HashMap<>();

	private final Map<String, Buttons<?>> buttons = new HashMap<>();

	private final Texts texts;

	private final Consent consent;

	private final ParentMessages parentMessages;

	private final ParentReplies parentReplies;

	Router(List<Command> commands, List<Buttons<?>> buttons, Texts texts, Consent consent,
			ParentMessages parentMessages, ParentReplies parentReplies) {
		commands.forEach((command) -> command.names().forEach((name) -> this.commands.put(name, command)));
		buttons.forEach((handler) -> this.buttons.put(handler.prefix(), handler));
		this.texts = texts;
		this.consent = consent;
		this.parentMessages = parentMessages;
		this.parentReplies = parentReplies;
	}

	public List<Reply> route(Caller caller) {
		return caller.incoming().isButton() ? press(caller) : write(caller);
	}

	private List<Reply> write(Caller caller) {
		String text = caller.incoming().text().strip();
		if (!text.startsWith("/")) {
			return talk(caller, text);
		}
		int space = text.indexOf(' ');
		String name = ((space < 0) ? text.substring(1) : text.substring(1, space)).toLowerCase(Locale.ROOT);
		int at = name.indexOf('@');
		if (at >= 0) {
			name = name.substring(0, at);
		}
		String arguments = (space < 0) ? "" : text.substring(space + 1).strip();
		String called = name;
		Command command = this.commands.get(name);
		if (command == null) {
			return List.of(this.texts.say(caller, "unknown_command", Map.of("command", "/" + name)));
		}
		return switch (command.audience()) {
			case ANYONE -> command.run(caller, called, arguments);
			case STAFF ->
				caller.staff().isPresent() ? command.run(caller, called, arguments) : refuse(caller, "staff_only");
			case ADMIN -> caller.staff().filter((staff) -> staff.role() == Role.ADMIN).isPresent()
					? command.run(caller, called, arguments) : refuse(caller, "admin_only");
			case GUARDIAN -> {
				if (caller.guardian().isPresent() && caller.guardianConsented()) {
					yield command.run(caller, called, arguments);
				}
				yield caller.guardian().isPresent() ? List.of(this.consent.ask(caller))
						: refuse(caller, "guardian_only");
			}
		};
	}

	/**
	 * A text that is no command: a staff member's answer to a parent (after «Ответить»,
	 * or as a reply to a parent's message), else a guardian's message to the class
	 * teacher; for anyone else, or a guardian yet to consent, what it is not.
	 */
	private List<Reply> talk(Caller caller, String text) {
		if (caller.staff().isPresent()) {
			Optional<List<Reply>> answered = this.parentReplies.write(caller, text);
			if (answered.isPresent()) {
				return answered.get();
			}
		}
		if (caller.guardian().isPresent()) {
			return caller.guardianConsented() ? this.parentMessages.write(caller, text)
					: List.of(this.consent.ask(caller));
		}
		return List.of(this.texts.say(caller, "not_a_command"));
	}

	private List<Reply> refuse(Caller caller, String why) {
		if (!caller.account().isLinked()) {
			return List.of(this.texts.say(caller, "not_linked"));
		}
		return List.of(this.texts.say(caller, why));
	}

	private List<Reply> press(Caller caller) {
		String data = caller.incoming().buttonData();
		int colon = data.indexOf(':');
		Buttons<?> handler = (colon < 0) ? null : this.buttons.get(data.substring(0, colon));
		if (handler == null) {
			return List.of(this.texts.expired(caller));
		}
		return press(handler, caller, data.substring(colon + 1));
	}

	private <P> List<Reply> press(Buttons<P> handler, Caller caller, String data) {
		return handler.decode(data)
			.map((press) -> handler.press(caller, press))
			.orElseGet(() -> List.of(this.texts.expired(caller)));
	}

}
