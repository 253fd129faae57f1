package org.classbell.app.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.classbell.app.school.RequestedSchool;
import org.classbell.app.web.ApiErrors;
import org.classbell.notifier.reports.Period;
import org.classbell.notifier.reports.ReportKind;
import org.classbell.notifier.reports.ReportRuns;
import org.classbell.store.school.School;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/reports/run} with {@code {"period": "day"|"week"|"month"|"term",
 * "date": "YYYY-MM-DD"}}: runs the periodic reports of that period up to the date (today
 * when left out) now, as the schedule would, and answers with what the run did.
 */
@RestController
class ReportController {

	private final ReportRuns runs;

	private final RequestedSchool school;

	private final ApiErrors errors;

	private final Clock clock;

	ReportController(ReportRuns runs, RequestedSchool school, ApiErrors errors, Clock clock) {
		this.runs = runs;
		this.school = school;
		this.errors = errors;
		this.clock = clock;
	}

	@PostMapping({ "/api/reports/run", "/api/schools/{school}/reports/run" })
	ResponseEntity<?> run(@RequestBody RunRequest body, HttpServletRequest request) {
		School school = this.school.get();
		Optional<ReportKind> kind = Optional.ofNullable(body.period()).flatMap(ReportKind::of);
		if (kind.isEmpty()) {
			return this.errors.answer(HttpStatus.BAD_REQUEST, request, "api.error.reports.period",
					Map.of("period", String.valueOf(body.period())));
		}
		LocalDate today = this.clock.instant().atZone(school.timeZone()).toLocalDate();
		LocalDate date;
		try {
			date = (body.date() == null || body.date().isBlank()) ? today : LocalDate.parse(body.date().strip());
		}
		catch (DateTimeParseException ex) {
			return this.errors.answer(HttpStatus.BAD_REQUEST, request, "api.error.reports.date",
					Map.of("date", body.date()));
		}
		if (date.isAfter(today)) {
			return this.errors.answer(HttpStatus.BAD_REQUEST, request, "api.error.reports.future",
					Map.of("date", date.toString(), "today", today.toString()));
		}
		Optional<Period> period = this.runs.period(school.id(), kind.get(), date);
		if (period.isEmpty()) {
			return this.errors.answer(HttpStatus.CONFLICT, request, "api.error.reports.no_term",
					Map.of("date", date.toString()));
		}
		ReportRuns.Run run = this.runs.run(school.id(), kind.get(), period.get(), "api");
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("run", run.id());
		answer.put("period", run.kind().code());
		answer.put("from", run.period().from().toString());
		answer.put("to", run.period().to().toString());
		answer.put("students", run.students());
		answer.put("guardians", run.guardians());
		answer.put("queued", run.queued());
		answer.put("alreadyQueued", run.repeated());
		answer.put("unreachable", run.unreachable());
		return ResponseEntity.ok(answer);
	}

	/**
	 * The body of {@code POST /api/reports/run}.
	 *
	 * @param period {@code day}, {@code week}, {@code month} or {@code term}
	 * @param date the last day the reports cover, {@code YYYY-MM-DD}; today when left out
	 */
	record RunRequest(String period, String date) {

	}

}
