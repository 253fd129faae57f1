package org.classbell.app.console.classes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.classbell.app.console.Viewer;
import org.classbell.store.answers.AlertAnswers;
import org.classbell.store.families.ClassOverview;
import org.classbell.store.families.ClassOverviews;
import org.classbell.store.families.Families;
import org.classbell.store.families.Family;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /console/classes}: the classes the viewer may see with their families' figures;
 * {@code /console/classes/{id}}: a class's students and guardians, each guardian with how
 * they are reached, their consent and their opt-outs, and today's absences with what the
 * parents answered to the alert and whether they are excused.
 */
@Controller
class ClassesController {

	private final ClassOverviews overviews;

	private final Families families;

	private final ClassFinder finder;

	private final Schools schools;

	private final AlertAnswers answers;

	private final Clock clock;

	ClassesController(ClassOverviews overviews, Families families, ClassFinder finder, Schools schools,
			AlertAnswers answers, Clock clock) {
		this.answers = answers;
		this.clock = clock;
		this.overviews = overviews;
		this.families = families;
		this.finder = finder;
		this.schools = schools;
	}

	@GetMapping("/console/classes")
	ModelAndView classes(@ModelAttribute(name = "viewer", binding = false) Viewer viewer) {
		List<ClassOverview> classes = this.overviews.of(viewer.school())
			.stream()
			.filter((schoolClass) -> viewer.sees(schoolClass.id()))
			.toList();
		return new ModelAndView("classes").addObject("classes", classes);
	}

	@GetMapping("/console/classes/{id}")
	ModelAndView schoolClass(@ModelAttribute(name = "viewer", binding = false) Viewer viewer, @PathVariable long id,
			Locale locale) {
		return this.finder.find(viewer, id).map((schoolClass) -> {
			List<Family> families = this.families.ofClass(schoolClass.id());
			long guardians = families.stream()
				.flatMap((family) -> family.guardians().stream())
				.map((guardian) -> guardian.id())
				.distinct()
				.count();
			ZoneId zone = this.schools.find(viewer.school()).map(School::timeZone).orElse(ZoneId.systemDefault());
			LocalDate today = LocalDate.now(this.clock.withZone(zone));
			return new ModelAndView("class").addObject("schoolClass", schoolClass)
				.addObject("today", today.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")))
				.addObject("absent", this.answers.ofClassDay(schoolClass.id(), today))
				.addObject("families", families)
				.addObject("guardians", guardians)
				.addObject("dates", new ConsoleDates(zone, locale));
		}).orElseGet(ClassFinder::missing);
	}

}
