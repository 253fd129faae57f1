package org.classbell.app.console.messages;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.classbell.app.console.Viewer;
import org.classbell.notifier.announcements.Announcements;
import org.classbell.notifier.outbox.AnnouncementBoard;
import org.classbell.notifier.outbox.AnnouncementId;
import org.classbell.store.roster.Classes;
import org.classbell.store.roster.SchoolClass;
import org.classbell.store.school.Schools;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /console/messages/announcements}: a new announcement to a class or the whole
 * school, the latest announcements with their delivery figures, and one announcement's
 * figures, which a reload brings up to date.
 */
@Controller
class ConsoleAnnouncementsController {

	static final int RECENT = 20;

	/** The value of the audience that is the whole school. */
	static final String SCHOOL = "school";

	private final ConsoleAnnouncer announcer;

	private final AnnouncementBoard board;

	private final Classes classes;

	private final Schools schools;

	private final Clock clock;

	ConsoleAnnouncementsController(ConsoleAnnouncer announcer, AnnouncementBoard board, Classes classes,
			Schools schools, Clock clock) {
		this.announcer = announcer;
		this.board = board;
		this.classes = classes;
		this.schools = schools;
		this.clock = clock;
	}

	@GetMapping("/console/messages/announcements")
	String announcements(@ModelAttribute(name = "viewer", binding = false) Viewer viewer, Locale locale, Model model) {
		viewer.requireAdmin();
		return form(viewer, "", "", List.of(), locale, model);
	}

	@PostMapping("/console/messages/announcements")
	String announce(@ModelAttribute(name = "viewer", binding = false) Viewer viewer,
			@RequestParam(required = false) String audience, @RequestParam(required = false) String text, Locale locale,
			Model model, HttpServletResponse response) {
		viewer.requireAdmin();
		String chosen = (audience != null) ? audience.strip() : "";
		String typed = (text != null) ? text.strip() : "";
		List<SchoolClass> known = this.classes.all(viewer.school());
		Optional<SchoolClass> schoolClass = known.stream()
			.filter((one) -> String.valueOf(one.id().value()).equals(chosen))
			.findFirst();
		List<OutboxForm.Problem> problems = new ArrayList<>();
		if (!SCHOOL.equals(chosen) && schoolClass.isEmpty()) {
			problems.add(new OutboxForm.Problem("audience", "messages.announce.error.audience"));
		}
		if (typed.isEmpty()) {
			problems.add(new OutboxForm.Problem("text", "messages.announce.error.empty"));
		}
		else if (typed.length() > Announcements.MAX_LENGTH) {
			problems.add(new OutboxForm.Problem("text", "messages.announce.error.long"));
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			String echoed = (typed.length() > 2 * Announcements.MAX_LENGTH)
					? typed.substring(0, 2 * Announcements.MAX_LENGTH) : typed;
			return form(viewer, chosen.substring(0, Math.min(chosen.length(), 20)), echoed, problems, locale, model);
		}
		schoolClass.ifPresent((one) -> viewer.requireClass(one.id()));
		Announcements.Announced announced = this.announcer.announce(viewer, schoolClass.orElse(null), typed,
				this.clock.instant());
		return "redirect:/console/messages/announcements/" + announced.id().value();
	}

	@GetMapping("/console/messages/announcements/{id}")
	String announcement(@ModelAttribute(name = "viewer", binding = false) Viewer viewer, @PathVariable long id,
			Locale locale, Model model, HttpServletResponse response) {
		viewer.requireAdmin();
		Optional<AnnouncementBoard.Announcement> found = this.board.find(new AnnouncementId(id), viewer.school());
		if (found.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("status", 404);
			return "error";
		}
		model.addAttribute("announcement", found.get());
		model.addAttribute("when", format(viewer, locale).format(found.get().createdAt()));
		model.addAttribute("checked", format(viewer, locale).format(this.clock.instant()));
		return "announcement";
	}

	private String form(Viewer viewer, String audience, String text, List<OutboxForm.Problem> problems, Locale locale,
			Model model) {
		model.addAttribute("classes", this.classes.all(viewer.school()));
		model.addAttribute("audience", audience);
		model.addAttribute("text", text);
		model.addAttribute("problems", problems);
		model.addAttribute("maxLength", String.valueOf(Announcements.MAX_LENGTH));
		DateTimeFormatter format = format(viewer, locale);
		model.addAttribute("recent",
				this.board.recent(viewer.school(), RECENT)
					.stream()
					.map((one) -> new Recent(one, format.format(one.createdAt()), OutboxLine.preview(one.text())))
					.toList());
		return "announcements";
	}

	private DateTimeFormatter format(Viewer viewer, Locale locale) {
		ZoneId zone = this.schools.find(viewer.school()).orElseThrow().timeZone();
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
	}

	/**
	 * An announcement as the list shows it.
	 */
	record Recent(AnnouncementBoard.Announcement announcement, String when, String preview) {

	}

}
