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
 * class teacher, or an admin) or of the whole school (an admin), once each. The answer
 * has a button for the delivery figures, which the author and the school's admins may
 * press as often as they like.
 */
@Component
class AnnounceCommand implements Command, Buttons {

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
		return List.of(this.texts.ask(caller, "announce.sent",
				Map.of("class", (schoolClass != null) ? schoolClass.name() : "", "everyone",
						(schoolClass == null) ? "yes" : "no", "recipients", announced.recipients(), "unreachable",
						announced.unreachable()),
				List.of(List.of(new Reply.Button(this.texts.label(caller.locale(), "announce.figures_button"),
						prefix() + ":" + announced.id())))));
	}

	@Override
	public String prefix() {
		return "ann";
	}

	@Override
	public List<Reply> press(Caller caller, String data) {
		Optional<StaffMember> asker = caller.staff();
		if (asker.isEmpty() || !data.matches("\\d{1,18}")) {
			return List.of(this.texts.expired(caller));
		}
		Optional<Announcements.Figures> figures = this.announcements.figures(Long.parseLong(data), asker.get());
		if (figures.isEmpty()) {
			return List.of(this.texts.expired(caller));
		}
		if (figures.get().authorId() != asker.get().id().value() && asker.get().role() != Role.ADMIN) {
			return List.of(this.texts.say(caller, "announce.figures_not_yours"));
		}
		Announcements.Figures shown = figures.get();
		return List
			.of(this.texts.say(caller, "announce.figures", Map.of("pending", shown.pending(), "sent", shown.sent(),
					"delivered", shown.delivered(), "failed", shown.failed(), "unreachable", shown.unreachable())));
	}

}
