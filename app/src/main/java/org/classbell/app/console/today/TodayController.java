package org.classbell.app.console.today;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.classbell.app.console.Viewer;
import org.classbell.store.ClassId;
import org.classbell.store.monitoring.SchoolDay;
import org.classbell.store.monitoring.SchoolDay.DayLesson;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * {@code /console/today}: the school's day at a glance, in its time zone: the lessons
 * that have begun with and without attendance taken, the absences, the day's messages,
 * and for those who run the school the queue, the channels and the last backup. A class
 * teacher sees their classes' lessons, absences and messages only.
 */
@Controller
class TodayController {

	/** How many lessons without attendance the page lists at most. */
	static final int LISTED = 100;

	private final SchoolDay schoolDay;

	private final Schools schools;

	private final SchoolState state;

	private final Clock clock;

	TodayController(SchoolDay schoolDay, Schools schools, SchoolState state, Clock clock) {
		this.schoolDay = schoolDay;
		this.schools = schools;
		this.state = state;
		this.clock = clock;
	}

	@GetMapping("/console/today")
	String today(@ModelAttribute(name = "viewer", binding = false) Viewer viewer, Locale locale, Model model) {
		School school = this.schools.find(viewer.school()).orElseThrow();
		Instant now = this.clock.instant();
		LocalDate today = now.atZone(school.timeZone()).toLocalDate();
		List<ClassId> classes = viewer.admin() ? null : viewer.classes().stream().map(Viewer.ClassRef::id).toList();
		List<DayLesson> lessons = this.schoolDay.lessons(school, today, now, classes);
		List<DayLesson> begun = lessons.stream().filter(DayLesson::begun).toList();
		List<DayLesson> missing = begun.stream().filter((lesson) -> !lesson.taken()).toList();
		model.addAttribute("date", Words.date(today, locale));
		model.addAttribute("lessonsToday", lessons.size());
		model.addAttribute("begun", begun.size());
		model.addAttribute("taken", begun.size() - missing.size());
		model.addAttribute("missing", missing.size());
		model.addAttribute("missingShown", missing.stream().limit(LISTED).toList());
		var absences = this.schoolDay.absences(school, today, classes);
		model.addAttribute("absences", absences);
		model.addAttribute("absent", absences.stream().mapToInt(SchoolDay.ClassAbsences::absent).sum());
		model.addAttribute("late", absences.stream().mapToInt(SchoolDay.ClassAbsences::late).sum());
		var messages = this.schoolDay.messages(school, today, classes);
		model.addAttribute("alerts", MessageFigures.of(messages, true));
		model.addAttribute("others", MessageFigures.of(messages, false));
		if (viewer.admin()) {
			model.addAttribute("queue", this.state.queue(school, now, locale));
			model.addAttribute("channels", this.state.channels());
			model.addAttribute("backup", this.state.backup(school, now, locale));
		}
		return "today";
	}

}
