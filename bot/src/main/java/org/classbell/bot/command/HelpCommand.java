package org.classbell.bot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.classbell.bot.conversation.Reply;
import org.classbell.store.staff.Role;
import org.classbell.store.staff.StaffMember;
import org.classbell.store.timetable.Timetable;

import org.springframework.stereotype.Component;

/**
 * {@code /help}: what this person may do, by who they are.
 */
@Component
class HelpCommand implements Command {

	private final Timetable timetable;

	private final Texts texts;

	HelpCommand(Timetable timetable, Texts texts) {
		this.timetable = timetable;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("help");
	}

	@Override
	public Audience audience() {
		return Audience.ANYONE;
	}

	@Override
	public List<Reply> run(Caller caller, String name, String arguments) {
		if (!caller.account().isLinked()) {
			return List.of(this.texts.say(caller, "help.unlinked"));
		}
		List<String> sections = new ArrayList<>();
		List<StaffMember> staff = caller.memberships().staff();
		if (!staff.isEmpty()) {
			sections.add(this.texts.html(caller.locale(), "help.teacher"));
			boolean admin = staff.stream().anyMatch((member) -> member.role() == Role.ADMIN);
			if (admin || staff.stream().anyMatch((member) -> !this.timetable.ledBy(member.id()).isEmpty())) {
				sections.add(this.texts.html(caller.locale(), admin ? "help.admin" : "help.class_teacher") + "\n"
						+ this.texts.html(caller.locale(), "help.poll", Map.of("admin", admin ? "yes" : "no")));
			}
			sections.add(this.texts.html(caller.locale(), "help.relay_staff"));
		}
		caller.guardian()
			.ifPresent((guardian) -> sections.add(this.texts.html(caller.locale(), "help.guardian") + "\n"
					+ this.texts.html(caller.locale(), "help.relay_guardian")));
		if (caller.memberships().inSeveralSchools()) {
			sections.add(this.texts.html(caller.locale(), "help.schools", Map.of("schools", String.join(", ",
					caller.memberships().schools().values().stream().map((school) -> school.name()).toList()))));
		}
		sections.add(this.texts.html(caller.locale(), "help.anyone"));
		return List.of(new Reply.Send(String.join("\n\n", sections), List.of()));
	}

}
