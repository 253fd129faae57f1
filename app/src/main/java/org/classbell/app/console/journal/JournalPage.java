package org.classbell.app.console.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.classbell.app.console.Viewer;
import org.classbell.store.ClassId;
import org.classbell.store.console.JournalChanges;
import org.classbell.store.school.Schools;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /console/journal}: the journal's changes from the audit log, newest first, 50 a
 * page, by class, teacher and days (school time; the last 30 days unless others are asked
 * for). Administrators see the whole school; a class teacher sees their own classes, and
 * asking for another class is refused.
 */
@Controller
class JournalPage {

	/** Changes on a page. */
	static final int PAGE = 50;

	/** The days shown when none are asked for, up to today. */
	static final int RECENT_DAYS = 30;

	/** The last page anyone may ask for. */
	private static final int LAST_PAGE = 100_000;

	private final JournalChanges changes;

	private final Schools schools;

	private final MessageSource messages;

	private final Clock clock;

	JournalPage(JournalChanges changes, Schools schools, MessageSource messages, Clock clock) {
		this.changes = changes;
		this.schools = schools;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/console/journal")
	ModelAndView journal(@ModelAttribute(name = "viewer", binding = false) Viewer viewer,
			@RequestParam(name = "class", required = false) Long classId,
			@RequestParam(name = "teacher", required = false) Long teacher,
			@RequestParam(name = "from",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "page", defaultValue = "1") int page, Locale locale) {
		List<JournalChanges.Named> classes = viewer.admin() ? this.changes.classes(viewer.school())
				: viewer.classes()
					.stream()
					.map((led) -> new JournalChanges.Named(led.id().value(), led.name()))
					.toList();
		List<ClassId> shown = null;
		if (classId != null) {
			viewer.requireClass(new ClassId(classId));
			shown = List.of(new ClassId(classId));
		}
		else if (!viewer.admin()) {
			shown = viewer.classes().stream().map(Viewer.ClassRef::id).toList();
		}
		ZoneId zone = this.schools.find(viewer.school()).orElseThrow().timeZone();
		if (from == null && to == null) {
			from = LocalDate.now(this.clock.withZone(zone)).minusDays(RECENT_DAYS);
		}
		Instant start = (from != null) ? from.atStartOfDay(zone).toInstant() : null;
		Instant end = (to != null) ? to.plusDays(1).atStartOfDay(zone).toInstant() : null;
		int number = Math.min(Math.max(page, 1), LAST_PAGE);
		JournalChanges.Page found = this.changes.page(new JournalChanges.Filter(viewer.school(), shown,
				(teacher != null) ? "staff:" + teacher : null, start, end), (number - 1) * PAGE, PAGE);
		JournalWords words = new JournalWords(this.messages, locale, zone);
		ModelAndView view = new ModelAndView("journal");
		view.addObject("classes", classes);
		view.addObject("staff", this.changes.staff(viewer.school()));
		view.addObject("classId", classId);
		view.addObject("teacher", teacher);
		view.addObject("from", (from != null) ? from.toString() : "");
		view.addObject("to", (to != null) ? to.toString() : "");
		view.addObject("rows", found.changes().stream().map(words::row).toList());
		view.addObject("total", found.total());
		view.addObject("page", number);
		view.addObject("first", found.changes().isEmpty() ? 0 : (number - 1) * PAGE + 1);
		view.addObject("last", (number - 1) * PAGE + found.changes().size());
		view.addObject("hasNext", (long) number * PAGE < found.total());
		view.addObject("zone", zone.getId());
		return view;
	}

}
