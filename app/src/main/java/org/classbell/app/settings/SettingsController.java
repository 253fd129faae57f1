package org.classbell.app.settings;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

import org.classbell.app.school.RequestedSchool;
import org.classbell.app.web.ApiErrors;
import org.classbell.notifier.sms.SmsForms;
import org.classbell.notifier.sms.SmsForms.Budget;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET}/{@code PUT /api/settings}: the school's quiet hours, SMS transliteration,
 * SMS segment budgets, phone region, time zone, teachers' quiet hours and whether a
 * parent's «Болеет» excuses an absence by itself. A change takes any of them; each is
 * checked before any is written, and all are written in one transaction, in the audit log
 * as the admin API's.
 */
@RestController
class SettingsController {

	private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	private final Schools schools;

	private final RequestedSchool school;

	private final SmsForms forms;

	private final ApiErrors errors;

	SettingsController(Schools schools, RequestedSchool school, SmsForms forms, ApiErrors errors) {
		this.schools = schools;
		this.school = school;
		this.forms = forms;
		this.errors = errors;
	}

	@GetMapping({ "/api/settings", "/api/schools/{school}/settings" })
	Map<String, Object> settings() {
		return describe(this.school.get());
	}

	@PutMapping({ "/api/settings", "/api/schools/{school}/settings" })
	ResponseEntity<?> change(@RequestBody JsonNode body, HttpServletRequest request) {
		if (!body.isObject()) {
			return this.errors.answer(HttpStatus.BAD_REQUEST, request, "api.error.settings.object", Map.of());
		}
		SettingsRequest.Read read = SettingsRequest.read(body, this.schools::knowsZone);
		if (!read.problems().isEmpty()) {
			return this.errors.badFields(request, read.problems());
		}
		School changed = this.schools.change(this.school.get().id(), read.change()::apply, RequestedSchool.actor());
		return ResponseEntity.ok(describe(changed));
	}

	/**
	 * The settings in effect: a budget the school did not set is the configured one.
	 */
	private Map<String, Object> describe(School school) {
		Map<String, Object> quietHours = new LinkedHashMap<>();
		quietHours.put("from", time(school.quietFrom()));
		quietHours.put("to", time(school.quietTo()));
		Map<String, Object> segments = new LinkedHashMap<>();
		for (Budget budget : Budget.values()) {
			segments.put(SettingsRequest.name(budget), this.forms.segments(budget, school.smsSegments()));
		}
		Map<String, Object> described = new LinkedHashMap<>();
		described.put(SettingsRequest.QUIET_HOURS, quietHours);
		described.put(SettingsRequest.TRANSLITERATION, school.smsTransliterate());
		described.put(SettingsRequest.SEGMENTS, segments);
		described.put(SettingsRequest.PHONE_REGION, school.phoneRegion());
		described.put(SettingsRequest.TIME_ZONE, school.timeZone().getId());
		Map<String, Object> teacherQuietHours = new LinkedHashMap<>();
		teacherQuietHours.put("from", time(school.staffQuietFrom()));
		teacherQuietHours.put("to", time(school.staffQuietTo()));
		described.put(SettingsRequest.TEACHER_QUIET_HOURS, teacherQuietHours);
		described.put(SettingsRequest.ILLNESS_EXCUSES, school.illnessExcuses());
		return described;
	}

	private static String time(LocalTime time) {
		return time.format(HOURS_MINUTES);
	}

}
