package org.classbell.bot.command;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.classbell.bot.conversation.Reply;
import org.classbell.store.school.School;
import org.classbell.store.staff.Role;
import org.classbell.store.staff.StaffMember;

import org.springframework.stereotype.Component;

/**
 * Sends what a person wrote or pressed to the command or buttons it is for, after
 * checking that this person may use them; a text that is no command is a message between
 * a parent and the class teacher. A staff command of someone who is staff of several
 * schools runs in one of them, found or asked by {@link SchoolChoices}; the buttons of
 * its replies carry that school ({@link SchoolStamp}), and a press of a button about
 * something of one school is handled in that school. For staff of one school nothing of
 * this happens.
 */
@Component
public class Router {

	private final Map<String, Command> commands = new HashMap<>();

	private final Map<String, Buttons<?>> buttons = new HashMap<>();

	private final Texts texts;

	private final Consent consent;

	private final ParentMessages parentMessages;

	private final ParentReplies parentReplies;

	private final SchoolChoices schoolChoices;

	Router(List<Command> commands, List<Buttons<?>> buttons, Texts texts, Consent consent,
			ParentMessages parentMessages, ParentReplies parentReplies, SchoolChoices schoolChoices) {
		commands.forEach((command) -> command.names().forEach((name) -> this.commands.put(name, command)));
		buttons.forEach((handler) -> this.buttons.put(handler.prefix(), handler));
		this.texts = texts;
		this.consent = consent;
		this.parentMessages = parentMessages;
		this.parentReplies = parentReplies;
		this.schoolChoices = schoolChoices;
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
			case STAFF -> caller.staff().isPresent()
					? inSchool(caller, command, called, arguments, caller.memberships().staffSchools())
					: refuse(caller, "staff_only");
			case ADMIN -> !caller.memberships().adminSchools().isEmpty()
					? inSchool(caller, command, called, arguments, caller.memberships().adminSchools())
					: refuse(caller, "admin_only");
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
	 * Runs a staff command in the school it acts in, of those where the caller may run
	 * it: their only one as they are, else the one {@link SchoolChoices} finds or asks.
	 */
	private List<Reply> inSchool(Caller caller, Command command, String name, String arguments, List<School> schools) {
		if (schools.size() == 1) {
			boolean there = caller.staff().map(StaffMember::school).filter(schools.get(0).id()::equals).isPresent();
			return there ? command.run(caller, name, arguments) : runIn(caller, schools.get(0), name, arguments);
		}
		if (command.schoolBy() == Command.SchoolBy.EVERY) {
			return command.run(caller, name, arguments);
		}
		return this.schoolChoices.of(caller, command, name, arguments, schools)
			.then((school) -> runIn(caller, school, name, arguments));
	}

	/**
	 * Runs a staff command as the caller's staff member in the school, if they may use it
	 * there; its buttons carry the school.
	 */
	List<Reply> runIn(Caller caller, School school, String name, String arguments) {
		Command command = this.commands.get(name);
		if (command == null) {
			return List.of(this.texts.say(caller, "unknown_command", Map.of("command", "/" + name)));
		}
		Caller there = caller.in(school);
		if (command.audience() == Command.Audience.ADMIN
				&& there.staff().filter((staff) -> staff.role() == Role.ADMIN).isEmpty()) {
			return refuse(caller, "admin_only");
		}
		if (there.staff().isEmpty()) {
			return refuse(caller, "staff_only");
		}
		return SchoolStamp.stamp(school.id(), command.run(there, name, arguments));
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
		Optional<SchoolStamp> stamp = SchoolStamp.decode(data);
		if (stamp.isEmpty()) {
			return press(caller, data);
		}
		Optional<School> school = caller.memberships().school(stamp.get().school());
		if (school.isEmpty()) {
			return List.of(this.texts.expired(caller));
		}
		return SchoolStamp.stamp(school.get().id(), press(caller.in(school.get()), stamp.get().data()));
	}

	private List<Reply> press(Caller caller, String data) {
		int colon = data.indexOf(':');
		Buttons<?> handler = (colon < 0) ? null : this.buttons.get(data.substring(0, colon));
		if (handler == null) {
			return List.of(this.texts.expired(caller));
		}
		return press(handler, caller, data.substring(colon + 1));
	}

	private <P> List<Reply> press(Buttons<P> handler, Caller caller, String data) {
		return handler.decode(data)
			.map((press) -> handler.press(inSchoolOf(handler, caller, press), press))
			.orElseGet(() -> List.of(this.texts.expired(caller)));
	}

	/**
	 * The caller as their staff member or guardian in the school of what the press is
	 * about, where they are in several schools and the button tells.
	 */
	private <P> Caller inSchoolOf(Buttons<P> handler, Caller caller, P press) {
		if (!caller.memberships().inSeveralSchools()) {
			return caller;
		}
		return handler.school(press).flatMap(caller.memberships()::school).map(caller::in).orElse(caller);
	}

}
