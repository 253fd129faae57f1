package org.classbell.app.schools;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

import org.classbell.app.school.DefaultSchool;
import org.classbell.app.school.RequestedSchool;
import org.classbell.app.school.SchoolProperties;
import org.classbell.app.web.ApiErrors;
import org.classbell.store.Actor;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The schools of the deployment: {@code POST /api/schools} makes one,
 * {@code GET /api/schools} lists them, {@code GET /api/schools/{code}} shows one and
 * {@code PATCH /api/schools/{code}} changes its name, time zone, phone region or SMS
 * sender. Making and changing schools is the operator's; a school's administration may
 * read its own school.
 */
@RestController
class SchoolController {

	private final Schools schools;

	private final RequestedSchool requested;

	private final DefaultSchool defaultSchool;

	private final SchoolProperties properties;

	private final TransactionTemplate transactions;

	private final ApiErrors errors;

	SchoolController(Schools schools, RequestedSchool requested, DefaultSchool defaultSchool,
			SchoolProperties properties, TransactionTemplate transactions, ApiErrors errors) {
		this.schools = schools;
		this.requested = requested;
		this.defaultSchool = defaultSchool;
		this.properties = properties;
		this.transactions = transactions;
		this.errors = errors;
	}

	@GetMapping("/api/schools")
	List<Map<String, Object>> list() {
		this.defaultSchool.get();
		return this.schools.all().stream().map(this::describe).toList();
	}

	@GetMapping(RequestedSchool.PATHS)
	Map<String, Object> show() {
		return describe(this.requested.get());
	}

	@PostMapping("/api/schools")
	ResponseEntity<?> create(@RequestBody JsonNode body, HttpServletRequest request) {
		if (!body.isObject()) {
			return this.errors.answer(HttpStatus.BAD_REQUEST, request, "api.error.schools.object", Map.of());
		}
		SchoolRequest read = SchoolRequest.creation(body, this.schools::knowsZone);
		if (!read.problems().isEmpty()) {
			return this.errors.badFields(request, read.problems());
		}
		this.defaultSchool.get();
		Optional<School> made = this.transactions.execute((status) -> {
			Optional<School> school = this.schools.create(read.code(), read.name(),
					(read.timeZone() != null) ? read.timeZone() : this.properties.timezone(),
					(read.region() != null) ? read.region() : this.properties.region(), Actor.adminApi());
			return school.map((created) -> this.schools
				.describe(created.id(), created.name(), read.sender(created.smsSender()), Actor.adminApi())
				.orElseThrow());
		});
		if (made.isEmpty()) {
			return this.errors.answer(HttpStatus.CONFLICT, request, "api.error.schools.taken",
					Map.of("code", read.code(), "name", read.name()));
		}
		return ResponseEntity.created(URI.create("/api/schools/" + made.get().code())).body(describe(made.get()));
	}

	@PatchMapping(RequestedSchool.PATHS)
	ResponseEntity<?> change(@RequestBody JsonNode body, HttpServletRequest request) {
		if (!body.isObject()) {
			return this.errors.answer(HttpStatus.BAD_REQUEST, request, "api.error.schools.object", Map.of());
		}
		School school = this.requested.get();
		SchoolRequest read = SchoolRequest.change(body, this.schools::knowsZone);
		if (!read.problems().isEmpty()) {
			return this.errors.badFields(request, read.problems());
		}
		String name = (read.name() != null) ? read.name() : school.name();
		Optional<School> changed = this.transactions.execute((status) -> {
			Optional<School> described = this.schools.describe(school.id(), name, read.sender(school.smsSender()),
					Actor.adminApi());
			if (described.isEmpty()) {
				return described;
			}
			return Optional.of(this.schools.change(school.id(),
					(settings) -> settings
						.withTimeZone((read.timeZone() != null) ? read.timeZone() : settings.timeZone())
						.withPhoneRegion((read.region() != null) ? read.region() : settings.phoneRegion()),
					Actor.adminApi()));
		});
		if (changed.isEmpty()) {
			return this.errors.answer(HttpStatus.CONFLICT, request, "api.error.schools.taken",
					Map.of("code", school.code(), "name", name));
		}
		return ResponseEntity.ok(describe(changed.get()));
	}

	private Map<String, Object> describe(School school) {
		Map<String, Object> described = new LinkedHashMap<>();
		described.put("code", school.code());
		described.put(SchoolRequest.NAME, school.name());
		described.put(SchoolRequest.TIME_ZONE, school.timeZone().getId());
		described.put(SchoolRequest.REGION, school.phoneRegion());
		described.put(SchoolRequest.SMS_FROM, school.smsSender().from());
		described.put(SchoolRequest.SMS_SERVICE, school.smsSender().messagingService());
		described.put("default", school.code().equals(this.properties.code()));
		return described;
	}

}
