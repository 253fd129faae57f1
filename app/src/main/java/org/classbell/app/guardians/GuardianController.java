package org.classbell.app.guardians;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.classbell.app.school.RequestedSchool;
import org.classbell.app.web.ApiErrors;
import org.classbell.notifier.privacy.PersonalData;
import org.classbell.store.GuardianId;
import org.classbell.store.Match;
import org.classbell.store.SchoolId;
import org.classbell.store.privacy.Erasures;
import org.classbell.store.privacy.GuardianExport;
import org.classbell.store.roster.Classes;
import org.classbell.store.roster.Guardians;
import org.classbell.store.roster.SchoolClass;
import org.classbell.templates.Quote;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A guardian's personal data for the school's admin: {@code GET /api/guardians?class=}
 * (the guardians of a class, with the ids the rest take), {@code GET .../consents} (the
 * consent history, oldest first), {@code GET .../export} (everything held, as JSON) and
 * {@code POST .../erase} (with a reason). A guardian of another school is as unknown as
 * one that does not exist.
 */
@RestController
class GuardianController {

	private final PersonalData data;

	private final Erasures erasures;

	private final RequestedSchool school;

	private final ApiErrors errors;

	private final Clock clock;

	private final Classes classes;

	private final Guardians guardians;

	GuardianController(PersonalData data, Erasures erasures, RequestedSchool school, ApiErrors errors, Clock clock,
			Classes classes, Guardians guardians) {
		this.classes = classes;
		this.guardians = guardians;
		this.data = data;
		this.erasures = erasures;
		this.school = school;
		this.errors = errors;
		this.clock = clock;
	}

	/**
	 * The guardians of a class, with their ids.
	 */
	@GetMapping({ "/api/guardians", "/api/schools/{school}/guardians" })
	ResponseEntity<?> list(@RequestParam(name = "class", required = false) String className,
			HttpServletRequest request) {
		if (className == null || className.isBlank()) {
			return this.errors.answer(HttpStatus.BAD_REQUEST, request, "api.error.guardians.class", Map.of());
		}
		Match<SchoolClass> match = this.classes.match(schoolId(), className);
		if (match instanceof Match.Found<SchoolClass> found) {
			return ResponseEntity.ok(this.guardians.ofClass(found.value().id()).stream().map(GuardianRow::of).toList());
		}
		return this.errors.unmatched(match, className, "invites.error.class.", SchoolClass::name, request);
	}

	@GetMapping({ "/api/guardians/{id}/consents", "/api/schools/{school}/guardians/{id}/consents" })
	ResponseEntity<?> consents(@PathVariable String id, HttpServletRequest request) {
		return find(id).<ResponseEntity<?>>map((export) -> ResponseEntity.ok(export.consents()))
			.orElseGet(() -> notFound(id, request));
	}

	@GetMapping({ "/api/guardians/{id}/export", "/api/schools/{school}/guardians/{id}/export" })
	ResponseEntity<?> export(@PathVariable String id, HttpServletRequest request) {
		return find(id).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> notFound(id, request));
	}

	@PostMapping({ "/api/guardians/{id}/erase", "/api/schools/{school}/guardians/{id}/erase" })
	ResponseEntity<?> erase(@PathVariable String id, @RequestBody EraseRequest body, HttpServletRequest request) {
		String reason = body.cleanReason();
		if (reason == null) {
			return this.errors.answer(HttpStatus.BAD_REQUEST, request, "api.error.erase.reason",
					Map.of("max", EraseRequest.MAX_REASON));
		}
		Optional<GuardianId> guardian = guardian(id);
		Optional<Instant> erased = guardian.flatMap((found) -> this.erasures.erase(schoolId(), found, reason,
				RequestedSchool.actor(), this.clock.instant()));
		return erased
			.<ResponseEntity<?>>map(
					(at) -> ResponseEntity.ok(Map.of("guardian", guardian.get().value(), "erasedAt", at.toString())))
			.orElseGet(() -> notFound(id, request));
	}

	private Optional<GuardianExport> find(String id) {
		return guardian(id).flatMap((guardian) -> this.data.export(schoolId(), guardian));
	}

	private SchoolId schoolId() {
		return this.school.get().id();
	}

	private ResponseEntity<?> notFound(String id, HttpServletRequest request) {
		return this.errors.answer(HttpStatus.NOT_FOUND, request, "api.error.guardian.not_found",
				Map.of("id", Quote.cut(id, 40)));
	}

	private static Optional<GuardianId> guardian(String id) {
		if (id == null || !id.matches("[1-9][0-9]{0,17}")) {
			return Optional.empty();
		}
		return Optional.of(new GuardianId(Long.parseLong(id)));
	}

}
