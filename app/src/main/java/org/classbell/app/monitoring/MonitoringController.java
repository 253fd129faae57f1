package org.classbell.app.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.classbell.app.school.RequestedSchool;
import org.classbell.app.web.ApiErrors;
import org.classbell.notifier.outbox.DeliveryFigures;
import org.classbell.notifier.outbox.SmsSegments;
import org.classbell.store.monitoring.DayRange;
import org.classbell.store.monitoring.JournalUpkeep;
import org.classbell.store.monitoring.Subscriptions;
import org.classbell.store.school.School;

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
 * {@code GET /api/monitoring/teachers|subscriptions|delivery|sms-segments}: the
 * administration's monitoring reports of the school, as JSON, or as CSV with
 * {@code format=csv} or {@code Accept: text/csv}. Periods are {@code from} and {@code to}
 * ({@code YYYY-MM-DD}, both included, in the school's time zone, 366 days at most).
 */
@RestController
@RequestMapping({ "/api/monitoring", "/api/schools/{school}/monitoring" })
class MonitoringController {

	/** The teachers' report looks back this many days by default, today included. */
	static final int TEACHER_DAYS = 14;

	private final JournalUpkeep upkeep;

	private final Subscriptions subscriptions;

	private final DeliveryFigures delivery;

	private final RequestedSchool school;

	private final ApiErrors errors;

	private final Clock clock;

	MonitoringController(JournalUpkeep upkeep, Subscriptions subscriptions, DeliveryFigures delivery,
			RequestedSchool school, ApiErrors errors, Clock clock) {
		this.upkeep = upkeep;
		this.subscriptions = subscriptions;
		this.delivery = delivery;
		this.school = school;
		this.errors = errors;
		this.clock = clock;
	}

	@GetMapping("/teachers")
	ResponseEntity<?> teachers(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request) {
		return answer(request, from, to, format, accept, (last) -> last.minusDays(TEACHER_DAYS - 1),
				(school, period) -> {
					var rows = this.upkeep.of(school, period, this.clock.instant());
					return new Forms(Views.Teachers.of(period, today(school), rows), () -> Tables.teachers(rows));
				});
	}

	@GetMapping("/subscriptions")
	ResponseEntity<?> subscriptions(@RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request) {
		return answer(request, null, null, format, accept, Function.identity(), (school, period) -> {
			var figures = this.subscriptions.of(school.id());
			return new Forms(Views.Subscriptions.of(figures),
					() -> Tables.subscriptions(figures, this.errors.message(request, "monitoring.total", Map.of())));
		});
	}

	@GetMapping("/delivery")
	ResponseEntity<?> delivery(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request) {
		return answer(request, from, to, format, accept, (last) -> last.withDayOfMonth(1), (school, period) -> {
			var report = this.delivery.of(school, period);
			return new Forms(Views.Delivery.of(report), () -> Tables.delivery(report));
		});
	}

	/**
	 * The SMS segments of the period: JSON per day and per month; CSV per day, or per
	 * month with {@code by=month}.
	 */
	@GetMapping("/sms-segments")
	ResponseEntity<?> smsSegments(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String by,
			@RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request) {
		String rows = (by == null || by.isBlank()) ? "day" : by.strip().toLowerCase(Locale.ROOT);
		if (!"day".equals(rows) && !"month".equals(rows)) {
			return this.errors.answer(HttpStatus.BAD_REQUEST, request, "api.error.monitoring.by", Map.of("by", by));
		}
		return answer(request, from, to, format, accept, (last) -> last.withDayOfMonth(1), (school, period) -> {
			SmsSegments segments = this.delivery.smsSegments(school, period);
			return new Forms(Views.SegmentsReport.of(period, segments),
					() -> "month".equals(rows) ? Tables.segmentsByMonth(segments) : Tables.segmentsByDay(segments));
		});
	}

	private ResponseEntity<?> answer(HttpServletRequest request, String from, String to, String format, String accept,
			Function<LocalDate, LocalDate> start, BiFunction<School, DayRange, Forms> report) {
		Query.Outcome<Boolean> csv = Query.csv(format, accept);
		if (csv.mistake() != null) {
			return mistake(request, csv.mistake());
		}
		School school = this.school.get();
		Query.Outcome<DayRange> period = Query.period(from, to, today(school), start);
		if (period.mistake() != null) {
			return mistake(request, period.mistake());
		}
		Forms forms = report.apply(school, period.value());
		return csv.value() ? forms.csv().get().response()
				: ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(forms.json());
	}

	private ResponseEntity<?> mistake(HttpServletRequest request, Query.Mistake mistake) {
		return this.errors.answer(HttpStatus.BAD_REQUEST, request, mistake.key(), mistake.arguments());
	}

	private LocalDate today(School school) {
		return this.clock.instant().atZone(school.timeZone()).toLocalDate();
	}

	/**
	 * A report in both its forms.
	 */
	private record Forms(Object json, Supplier<CsvTable> csv) {

	}

}
