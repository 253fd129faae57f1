package org.classbell.app.console.schools;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.app.console.SchoolSwitch;
import org.classbell.app.console.Viewer;
import org.classbell.app.console.monitoring.PeriodMistakes;
import org.classbell.app.monitoring.CityReport;
import org.classbell.app.monitoring.Query;
import org.classbell.store.monitoring.CitySummary;
import org.classbell.store.monitoring.DayRange;
import org.classbell.store.monitoring.SchoolSummary;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /console/schools}, the operator's: every school of the deployment with the
 * city's summary for a period (this month so far unless chosen), its CSV, and «Открыть»,
 * which makes a school the one the console's pages show.
 */
@Controller
@RequestMapping("/console/schools")
class SchoolsPage {

	private static final Logger log = LoggerFactory.getLogger(SchoolsPage.class);

	private final CityReport report;

	private final Schools schools;

	private final SchoolSwitch schoolSwitch;

	private final MessageSource messages;

	SchoolsPage(CityReport report, Schools schools, SchoolSwitch schoolSwitch, MessageSource messages) {
		this.report = report;
		this.schools = schools;
		this.schoolSwitch = schoolSwitch;
		this.messages = messages;
	}

	@GetMapping
	String page(@ModelAttribute(name = "viewer", binding = false) Viewer viewer,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale,
			Model model, HttpServletResponse response) {
		viewer.requireOperator();
		Query.Outcome<DayRange> period = this.report.period(from, to);
		model.addAttribute("from", (from != null) ? from : "");
		model.addAttribute("to", (to != null) ? to : "");
		if (period.mistake() != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", PeriodMistakes.message(this.messages, period.mistake(), locale));
			return "schools";
		}
		DayRange days = period.value();
		CitySummary summary = this.report.of(days);
		List<SchoolLine> lines = new ArrayList<>();
		for (SchoolSummary school : summary.schools()) {
			lines.add(SchoolLine.of(school.code(), school.name(), school.id().equals(viewer.school()), school.figures(),
					this.messages, locale));
		}
		model.addAttribute("schools", lines);
		model.addAttribute("city", SchoolLine.of(null, this.messages.getMessage("schools.city", null, locale), false,
				summary.total(), this.messages, locale));
		model.addAttribute("from", days.from().toString());
		model.addAttribute("to", days.to().toString());
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		model.addAttribute("periodFrom", format.format(days.from()));
		model.addAttribute("periodTo", format.format(days.to()));
		return "schools";
	}

	@GetMapping("/summary.csv")
	ResponseEntity<byte[]> csv(@ModelAttribute(name = "viewer", binding = false) Viewer viewer,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale) {
		viewer.requireOperator();
		Query.Outcome<DayRange> period = this.report.period(from, to);
		if (period.mistake() != null) {
			return ResponseEntity.badRequest()
				.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body(PeriodMistakes.message(this.messages, period.mistake(), locale).getBytes(StandardCharsets.UTF_8));
		}
		DayRange days = period.value();
		ResponseEntity<byte[]> answer = CityReport
			.table(this.report.of(days), this.messages.getMessage("schools.city", null, locale))
			.response();
		return ResponseEntity.status(answer.getStatusCode())
			.headers(answer.getHeaders())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"schools-" + days.from() + "-" + days.to() + ".csv\"")
			.body(answer.getBody());
	}

	/**
	 * Opens the school: the console's pages show it from the next page on.
	 */
	@PostMapping("/{code}/open")
	ModelAndView open(@ModelAttribute(name = "viewer", binding = false) Viewer viewer, @PathVariable String code,
			HttpServletRequest request, HttpServletResponse response) {
		viewer.requireOperator();
		School school = this.schools.byCode(code).orElse(null);
		if (school == null) {
			ModelAndView missing = new ModelAndView("error");
			missing.addObject("status", 404);
			missing.setStatus(HttpStatus.NOT_FOUND);
			return missing;
		}
		this.schoolSwitch.open(school.id(), request, response);
		log.info("The operator opened the school {} in the console", school.code());
		return new ModelAndView("redirect:/console/today");
	}

}
