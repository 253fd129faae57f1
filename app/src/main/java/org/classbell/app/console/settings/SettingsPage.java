package org.classbell.app.console.settings;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.classbell.app.console.Viewer;
import org.classbell.notifier.reports.SchoolCalendar;
import org.classbell.notifier.schedule.ReportSchedules;
import org.classbell.notifier.sms.SmsForms;
import org.classbell.notifier.sms.SmsForms.Budget;
import org.classbell.store.school.School;
import org.classbell.store.school.SchoolSchedule;
import org.classbell.store.school.Schools;
import org.classbell.store.school.SegmentBudgets;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /console/settings}: the school's settings in one form. A form with a wrong field
 * comes back with every problem listed at the top, each linking to its field and told
 * next to it, with HTTP 400 and nothing saved; a right one is saved as the viewer's.
 */
@Controller
class SettingsPage {

	private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu");

	/** The most term rows a form may send. */
	private static final int ROWS = 64;

	/** Empty rows for new terms under the school's own. */
	private static final int NEW_TERMS = 2;

	private final Schools schools;

	private final ReportSchedules schedules;

	private final SchoolCalendar calendar;

	private final SmsForms forms;

	private final SettingsSave save;

	private final MessageSource messages;

	SettingsPage(Schools schools, ReportSchedules schedules, SchoolCalendar calendar, SmsForms forms, SettingsSave save,
			MessageSource messages) {
		this.schools = schools;
		this.schedules = schedules;
		this.calendar = calendar;
		this.forms = forms;
		this.save = save;
		this.messages = messages;
	}

	@GetMapping("/console/settings")
	ModelAndView show(@ModelAttribute(name = "viewer", binding = false) Viewer viewer, Locale locale) {
		viewer.requireAdmin();
		return page(current(viewer), List.of(), locale, HttpStatus.OK);
	}

	@PostMapping("/console/settings")
	ModelAndView change(@ModelAttribute(name = "viewer", binding = false) Viewer viewer,
			@ModelAttribute("form") SettingsForm form, Locale locale) {
		viewer.requireAdmin();
		SchoolSchedule schedule = this.schedules.schedule(viewer.school()).orElseThrow();
		SettingsCheck.Checked checked = SettingsCheck.read(form, schedule, this.schools::knowsZone);
		if (!checked.problems().isEmpty()) {
			return page(withRoom(form), checked.problems(), locale, HttpStatus.BAD_REQUEST);
		}
		this.save.save(viewer.school(), checked, viewer.actor());
		return new ModelAndView("redirect:/console/settings?saved");
	}

	/**
	 * A form with more term rows than a page ever sends: 400, with nothing saved.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView tooBig() {
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", HttpStatus.BAD_REQUEST.value());
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

	@InitBinder("form")
	void rows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(ROWS);
	}

	/**
	 * The form as sent, its term rows where they were (the problems name them by place),
	 * and empty rows for new terms after the last one filled.
	 */
	private static SettingsForm withRoom(SettingsForm form) {
		List<SettingsForm.TermRow> rows = new ArrayList<>();
		int filled = 0;
		for (SettingsForm.TermRow row : form.getTerms()) {
			rows.add((row != null) ? row : new SettingsForm.TermRow());
			if (row != null && !row.blank()) {
				filled = rows.size();
			}
		}
		while (rows.size() < filled + NEW_TERMS) {
			rows.add(new SettingsForm.TermRow());
		}
		form.setTerms(rows);
		return form;
	}

	/**
	 * The form filled with the school's settings as they are.
	 */
	private SettingsForm current(Viewer viewer) {
		School school = this.schools.find(viewer.school()).orElseThrow();
		SchoolSchedule schedule = this.schedules.schedule(viewer.school()).orElseThrow();
		SettingsForm form = new SettingsForm();
		form.setQuietFrom(time(school.quietFrom()));
		form.setQuietTo(time(school.quietTo()));
		form.setSmsTransliteration(school.smsTransliterate());
		form.setTeacherQuietFrom(time(school.staffQuietFrom()));
		form.setTeacherQuietTo(time(school.staffQuietTo()));
		form.setIllnessExcuses(school.illnessExcuses());
		form.setSegmentsAlert(number(school.smsSegments().alert()));
		form.setSegmentsAnnouncement(number(school.smsSegments().announcement()));
		form.setSegmentsReport(number(school.smsSegments().report()));
		form.setTimeZone(school.timeZone().getId());
		form.setPhoneRegion(school.phoneRegion());
		form.setReportDaily(time(schedule.dailyAt()));
		form.setReportWeeklyDay(Integer.toString(schedule.weeklyDay().getValue()));
		form.setReportWeeklyAt(time(schedule.weeklyAt()));
		form.setReportMonthly(time(schedule.monthlyAt()));
		form.setReportTerm(time(schedule.termAt()));
		List<SettingsForm.TermRow> terms = new ArrayList<>();
		for (SchoolCalendar.Term term : this.calendar.terms(viewer.school())) {
			terms.add(new SettingsForm.TermRow(term.name(), term.days().from().format(DAY),
					term.days().to().format(DAY)));
		}
		for (int i = 0; i < NEW_TERMS; i++) {
			terms.add(new SettingsForm.TermRow());
		}
		form.setTerms(terms);
		return form;
	}

	private ModelAndView page(SettingsForm form, List<SettingsCheck.Problem> problems, Locale locale,
			HttpStatus status) {
		ModelAndView page = new ModelAndView("settings");
		page.addObject("form", form);
		Map<String, String> errors = new LinkedHashMap<>();
		for (SettingsCheck.Problem problem : problems) {
			errors.putIfAbsent(problem.field(), message(problem, locale));
		}
		page.addObject("errors", errors);
		page.addObject("weekdays", weekdays(locale));
		Map<String, Integer> defaults = new LinkedHashMap<>();
		for (Budget budget : Budget.values()) {
			defaults.put(budget.name(), this.forms.segments(budget, SegmentBudgets.DEFAULTS));
		}
		page.addObject("defaults", defaults);
		page.setStatus(status);
		return page;
	}

	/**
	 * A problem in words, led by the field's label, so that it reads alike at the top and
	 * next to the field.
	 */
	private String message(SettingsCheck.Problem problem, Locale locale) {
		Object[] arguments = new Object[problem.arguments().length + 1];
		arguments[0] = label(problem.field(), locale);
		System.arraycopy(problem.arguments(), 0, arguments, 1, problem.arguments().length);
		return this.messages.getMessage(problem.key(), arguments, locale);
	}

	private String label(String field, Locale locale) {
		if (field.startsWith("term-")) {
			String[] parts = field.split("-");
			return this.messages.getMessage("settings.term." + parts[2] + ".label",
					new Object[] { Integer.parseInt(parts[1]) + 1 }, locale);
		}
		return this.messages.getMessage("settings.label." + field, null, locale);
	}

	private static Map<String, String> weekdays(Locale locale) {
		Map<String, String> days = new LinkedHashMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			String name = day.getDisplayName(TextStyle.FULL_STANDALONE, locale);
			days.put(Integer.toString(day.getValue()), name.substring(0, 1).toUpperCase(locale) + name.substring(1));
		}
		return days;
	}

	private static String time(LocalTime time) {
		return time.format(HOURS_MINUTES);
	}

	private static String number(Integer value) {
		return (value != null) ? value.toString() : "";
	}

}
