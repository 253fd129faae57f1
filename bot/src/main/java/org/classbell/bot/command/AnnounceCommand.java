package org.classbell.bot.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.classbell.bot.update.Reply;
import org.classbell.notifier.alerts.Announcements;
import org.classbell.store.roster.SchoolClass;
import org.classbell.store.staff.Role;
import org.classbell.store.staff.StaffMember;

import org.springframework.stereotype.Component;

/**
 * {@code /announce <class>|all <text>}: an announcement to every guardian of a class (its
 * class teacher, or an admin) or of the whole school (an admin), once each.
 */
@Component
class AnnounceCommand implements Command {

	static final int MAX_LENGTH = 3000;

	private final Scope scope;

	private final Announcements announcements;

	private final Texts texts;

	AnnounceCommand(Scope scope, Announcements announcements, Texts texts) {
		this.scope = scope;
		this.announcements = announcements;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("announce");
	}

	@Override
	public Audience audience() {
		return Audience.STAFF;
	}

	@Override
	public List<Reply> run(Caller caller, String name, String text) {
		Arguments arguments = Arguments.of(text);
		StaffMember author = caller.staff().orElseThrow();
		Optional<String> everyone = arguments.peek()
			.filter((word) -> List.of("all", "все", "всем").contains(word.toLowerCase(Locale.ROOT)));
		if (everyone.isPresent()) {
			arguments.drop(1);
			if (author.role() != Role.ADMIN) {
				return List.of(this.texts.say(caller, "announce.school_admins_only"));
			}
			return announce(caller, null, arguments.rest());
		}
		Optional<String> typedClass = arguments.takeClass();
		if (typedClass.isEmpty()) {
			return List.of(this.texts.say(caller, "announce.usage"));
		}
		return this.scope.classOf(caller, typedClass, Scope.Right.LEADING, "/announce 5А")
			.then((schoolClass) -> announce(caller, schoolClass, arguments.rest()));
	}

	private List<Reply> announce(Caller caller, SchoolClass schoolClass, String text) {
		if (text.isBlank()) {
			return List.of(this.texts.say(caller, "announce.usage"));
		}
		if (text.length() > MAX_LENGTH) {
			return List.of(this.texts.say(caller, "too_long", Map.of("max", MAX_LENGTH)));
		}
		Announcements.Announced announced = this.announcements.announce(caller.staff().orElseThrow(), schoolClass, text,
				caller.now());
		return List.of(this.texts.say(caller, "announce.sent",
				Map.of("class", (schoolClass != null) ? schoolClass.name() : "", "everyone",
						(schoolClass == null) ? "yes" : "no", "recipients", announced.recipients(), "unreachable",
						announced.unreachable())));
	}

}
