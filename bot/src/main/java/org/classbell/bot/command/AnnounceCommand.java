package org.classbell.bot.command;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.classbell.bot.conversation.Reply;
import org.classbell.notifier.announcements.Announcements;
import org.classbell.notifier.outbox.AnnouncementFigures;
import org.classbell.notifier.outbox.AnnouncementId;
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
class AnnounceCommand implements Command, Buttons<AnnouncementId> {

	static final int MAX_LENGTH = Announcements.MAX_LENGTH;

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
	public SchoolBy schoolBy() {
		return SchoolBy.CLASS;
	}

	@Override
	public List<Reply> run(Caller caller, String name, String text) {
		return this.scope.classOrSchool(caller, "announce", text,
				(schoolClass, rest) -> announce(caller, schoolClass, rest));
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
						encode(announced.id()))))));
	}

	@Override
	public String prefix() {
		return "ann";
	}

	/**
	 * {@code ann:<announcement>}.
	 */
	private String encode(AnnouncementId announcement) {
		return ButtonData.join(prefix(), announcement.value());
	}

	@Override
	public Optional<AnnouncementId> decode(String data) {
		return ButtonData.id(data).map(AnnouncementId::new);
	}

	@Override
	public List<Reply> press(Caller caller, AnnouncementId announcement) {
		Optional<StaffMember> asker = caller.staff();
		if (asker.isEmpty()) {
			return List.of(this.texts.expired(caller));
		}
		Optional<AnnouncementFigures> figures = this.announcements.figures(announcement, asker.get());
		if (figures.isEmpty()) {
			return List.of(this.texts.expired(caller));
		}
		if (!asker.get().id().equals(figures.get().author()) && asker.get().role() != Role.ADMIN) {
			return List.of(this.texts.say(caller, "announce.figures_not_yours"));
		}
		AnnouncementFigures shown = figures.get();
		return List
			.of(this.texts.say(caller, "announce.figures", Map.of("pending", shown.pending(), "sent", shown.sent(),
					"delivered", shown.delivered(), "failed", shown.failed(), "unreachable", shown.unreachable())));
	}

}
