package org.classbell.app.console.monitoring;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.classbell.app.console.Viewer;
import org.classbell.app.monitoring.CsvTable;
import org.classbell.app.monitoring.Query;
import org.classbell.app.monitoring.Tables;
import org.classbell.store.monitoring.DayRange;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /console/monitoring}: four charts with their tables for the school's
 * administration (timeliness of marks, parents reached, delivery per channel and day, SMS
 * segments per month), for a period chosen in a form (the last 30 days unless chosen);
 * and each table as CSV at {@code /console/monitoring/
 *
<table>
 * .csv}, the same CSV the monitoring API writes.
 */
@Controller
@RequestMapping("/console/monitoring")
class MonitoringPageController {

	/** The period shown unless another is chosen: this many days up to today. */
	static final int DAYS = 30;

	private final MonitoringFigures figures;

	private final Schools schools;

	private final MessageSource messages;

	private final Clock clock;

	MonitoringPageController(MonitoringFigures figures, Schools schools, MessageSource messages, Clock clock) {
		this.figures = figures;
		this.schools = schools;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String page(@ModelAttribute(name = "viewer", binding = false) Viewer viewer,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale,
			Model model, HttpServletResponse response) {
		viewer.requireAdmin();
		School school = this.schools.find(viewer.school()).orElseThrow();
		Instant now = this.clock.instant();
		Query.Outcome<DayRange> period = period(school, from, to);
		model.addAttribute("from", (from != null) ? from : "");
		model.addAttribute("to", (to != null) ? to : "");
		if (period.mistake() != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", PeriodMistakes.message(this.messages, period.mistake(), locale));
			return "monitoring";
		}
		DayRange days = period.value();
		model.addAttribute("from", days.from().toString());
		model.addAttribute("to", days.to().toString());
		model.addAttribute("query", "?from=" + days.from() + "&to=" + days.to());
		Charts charts = new Charts(this.messages, locale);
		model.addAttribute("teachers", charts.teachers(this.figures.teachers(school, days, now)));
		model.addAttribute("subscriptions", charts.subscriptions(this.figures.subscriptions(school)));
		model.addAttribute("delivery", charts.delivery(this.figures.delivery(school, days)));
		model.addAttribute("channels", Charts.CHANNELS);
		model.addAttribute("segments", charts.segments(this.figures.segments(school, days)));
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		model.addAttribute("periodFrom", format.format(days.from()));
		model.addAttribute("periodTo", format.format(days.to()));
		model.addAttribute("monthsUntil", format.format(days.to()));
		return "monitoring";
	}

	@GetMapping("/{table}.csv")
	ResponseEntity<byte[]> csv(@ModelAttribute(name = "viewer", binding = false) Viewer viewer,
			@PathVariable String table, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale) {
		viewer.requireAdmin();
		School school = this.schools.find(viewer.school()).orElseThrow();
		Query.Outcome<DayRange> period = period(school, from, to);
		if (period.mistake() != null) {
			return ResponseEntity.badRequest()
				.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body(PeriodMistakes.message(this.messages, period.mistake(), locale).getBytes(StandardCharsets.UTF_8));
		}
		DayRange days = period.value();
		CsvTable csv = switch (table) {
			case "teachers" -> Tables.teachers(this.figures.teachers(school, days, this.clock.instant()));
			case "subscriptions" -> Tables.subscriptions(this.figures.subscriptions(school),
					this.messages.getMessage("monitoring.total", null, locale));
			case "delivery" -> Tables.deliveryByDay(this.figures.delivery(school, days));
			case "sms-segments" -> Tables.segmentsByMonth(this.figures.segments(school, days));
			default -> null;
		};
		if (csv == null) {
			return ResponseEntity.notFound().build();
		}
		ResponseEntity<byte[]> answer = csv.response();
		return ResponseEntity.status(answer.getStatusCode())
			.headers(answer.getHeaders())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + table + "-" + days.from() + "-" + days.to() + ".csv\"")
			.body(answer.getBody());
	}

	private Query.Outcome<DayRange> period(School school, String from, String to) {
		LocalDate today = this.clock.instant().atZone(school.timeZone()).toLocalDate();
		return Query.period(from, to, today, (last) -> last.minusDays(DAYS - 1));
	}

}
