package org.classbell.app.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.quartz.SchedulerException;

import org.classbell.app.school.RequestedSchool;
import org.classbell.app.web.ApiErrors;
import org.classbell.notifier.reports.Period;
import org.classbell.notifier.reports.SchoolCalendar;
import org.classbell.notifier.schedule.ReportSchedules;
import org.classbell.store.SchoolId;
import org.classbell.store.school.SchoolSchedule;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET}/{@code PUT /api/schedules}: when the school's reports go out; and
 * {@code GET}/{@code PUT /api/terms}: its terms, whose last days bring the term reports.
 */
@RestController
class ScheduleController {

	private final ReportSchedules schedules;

	private final SchoolCalendar calendar;

	private final RequestedSchool school;

	private final ApiErrors errors;

	ScheduleController(ReportSchedules schedules, SchoolCalendar calendar, RequestedSchool school, ApiErrors errors) {
		this.schedules = schedules;
		this.calendar = calendar;
		this.school = school;
		this.errors = errors;
	}

	@GetMapping({ "/api/schedules", "/api/schools/{school}/schedules" })
	Map<String, Object> schedule() {
		return describe(this.schedules.schedule(this.school.get().id()).orElseThrow());
	}

	@PutMapping({ "/api/schedules", "/api/schools/{school}/schedules" })
	ResponseEntity<?> change(@RequestBody ScheduleRequest body, HttpServletRequest request) throws SchedulerException {
		SchoolSchedule current = this.schedules.schedule(this.school.get().id()).orElseThrow();
		Map<String, String> times = new LinkedHashMap<>();
		times.put("daily", body.daily());
		times.put("weeklyAt", body.weeklyAt());
		times.put("monthly", body.monthly());
		times.put("term", body.term());
		Map<String, LocalTime> parsed = new LinkedHashMap<>();
		for (Map.Entry<String, String> time : times.entrySet()) {
			if (time.getValue() == null) {
				continue;
			}
			try {
				parsed.put(time.getKey(), LocalTime.parse(time.getValue().strip()));
			}
			catch (DateTimeParseException ex) {
				return this.errors.answer(HttpStatus.BAD_REQUEST, request, "api.error.schedule.time",
						Map.of("field", time.getKey(), "value", time.getValue()));
			}
		}
		DayOfWeek day = current.weeklyDay();
		if (body.weeklyDay() != null) {
			day = dayOfWeek(body.weeklyDay());
			if (day == null) {
				return this.errors.answer(HttpStatus.BAD_REQUEST, request, "api.error.schedule.day",
						Map.of("value", body.weeklyDay()));
			}
		}
		SchoolSchedule changed = this.schedules.change(new SchoolSchedule(current.school(), current.zone(),
				parsed.getOrDefault("daily", current.dailyAt()), day,
				parsed.getOrDefault("weeklyAt", current.weeklyAt()),
				parsed.getOrDefault("monthly", current.monthlyAt()), parsed.getOrDefault("term", current.termAt())));
		return ResponseEntity.ok(describe(changed));
	}

	@GetMapping({ "/api/terms", "/api/schools/{school}/terms" })
	List<Map<String, String>> terms() {
		return this.calendar.terms(this.school.get().id())
			.stream()
			.map((term) -> Map.of("name", term.name(), "from", term.days().from().toString(), "to",
					term.days().to().toString()))
			.toList();
	}

	@PutMapping({ "/api/terms", "/api/schools/{school}/terms" })
	ResponseEntity<?> replaceTerms(@RequestBody List<TermRequest> body, HttpServletRequest request) {
		SchoolId school = this.school.get().id();
		List<SchoolCalendar.Term> terms = new ArrayList<>();
		for (int i = 0; i < body.size(); i++) {
			TermRequest term = body.get(i);
			try {
				LocalDate from = LocalDate.parse(term.from());
				LocalDate to = LocalDate.parse(term.to());
				if (term.name() == null || term.name().isBlank() || to.isBefore(from)) {
					throw new IllegalArgumentException();
				}
				terms.add(new SchoolCalendar.Term(term.name().strip(), new Period(from, to)));
			}
			catch (RuntimeException ex) {
				return this.errors.answer(HttpStatus.BAD_REQUEST, request, "api.error.terms.bad",
						Map.of("number", i + 1));
			}
		}
		Optional<TermRules.Overlap> overlap = TermRules.overlap(terms);
		if (overlap.isPresent()) {
			return this.errors.answer(HttpStatus.BAD_REQUEST, request, "api.error.terms.overlap",
					Map.of("first", overlap.get().first().name(), "second", overlap.get().second().name()));
		}
		this.calendar.replaceTerms(school, TermRules.inOrder(terms));
		return ResponseEntity.ok(terms());
	}

	private static DayOfWeek dayOfWeek(String text) {
		String day = text.strip().toUpperCase(Locale.ROOT);
		if (day.matches("[1-7]")) {
			return DayOfWeek.of(Integer.parseInt(day));
		}
		for (DayOfWeek candidate : DayOfWeek.values()) {
			if (candidate.name().equals(day) || candidate.name().substring(0, 3).equals(day)) {
				return candidate;
			}
		}
		return null;
	}

	private static Map<String, Object> describe(SchoolSchedule schedule) {
		Map<String, Object> described = new LinkedHashMap<>();
		described.put("timeZone", schedule.zone().getId());
		described.put("daily", schedule.dailyAt().toString());
		described.put("weeklyDay", schedule.weeklyDay().name().toLowerCase(Locale.ROOT));
		described.put("weeklyAt", schedule.weeklyAt().toString());
		described.put("monthly", schedule.monthlyAt().toString());
		described.put("term", schedule.termAt().toString());
		return described;
	}

	/**
	 * The body of {@code PUT /api/schedules}; what is left out stays as it is.
	 */
	record ScheduleRequest(String daily, String weeklyDay, String weeklyAt, String monthly, String term) {

	}

	/**
	 * A term in {@code PUT /api/terms}.
	 */
	record TermRequest(String name, String from, String to) {

	}

}
