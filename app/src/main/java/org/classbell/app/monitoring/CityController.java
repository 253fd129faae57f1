package org.classbell.app.monitoring;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.classbell.app.web.ApiErrors;
import org.classbell.store.monitoring.CitySummary;
import org.classbell.store.monitoring.DayRange;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/city/summary}: the operator's summary of every school of the deployment
 * for a period (by default this month so far), as JSON, or as CSV with {@code format=csv}
 * or {@code Accept: text/csv}; the period as the school's monitoring reports take it.
 */
@RestController
@RequestMapping("/api/city")
class CityController {

	private final CityReport report;

	private final ApiErrors errors;

	CityController(CityReport report, ApiErrors errors) {
		this.report = report;
		this.errors = errors;
	}

	@GetMapping("/summary")
	ResponseEntity<?> summary(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request) {
		Query.Outcome<Boolean> csv = Query.csv(format, accept);
		if (csv.mistake() != null) {
			return mistake(request, csv.mistake());
		}
		Query.Outcome<DayRange> period = this.report.period(from, to);
		if (period.mistake() != null) {
			return mistake(request, period.mistake());
		}
		CitySummary summary = this.report.of(period.value());
		if (csv.value()) {
			return CityReport.table(summary, this.errors.message(request, "monitoring.total", Map.of())).response();
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(CityViews.Summary.of(summary));
	}

	private ResponseEntity<?> mistake(HttpServletRequest request, Query.Mistake mistake) {
		return this.errors.answer(HttpStatus.BAD_REQUEST, request, mistake.key(), mistake.arguments());
	}

}
