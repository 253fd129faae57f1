package org.classbell.app.schools;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

import org.classbell.app.school.RequestedSchool;
import org.classbell.app.web.ApiErrors;
import org.classbell.store.school.AdminTokenRow;
import org.classbell.store.school.AdminTokens;
import org.classbell.store.school.School;
import org.classbell.templates.Quote;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A school's admin tokens: {@code POST /api/schools/{code}/tokens} makes one and shows it
 * that once, {@code GET} lists them (never the tokens themselves) with their last use,
 * {@code DELETE /api/schools/{code}/tokens/{id}} revokes one.
 */
@RestController
class TokenController {

	private static final String TOKENS = RequestedSchool.PATHS + "/tokens";

	private final AdminTokens tokens;

	private final RequestedSchool requested;

	private final ApiErrors errors;

	private final Clock clock;

	TokenController(AdminTokens tokens, RequestedSchool requested, ApiErrors errors, Clock clock) {
		this.tokens = tokens;
		this.requested = requested;
		this.errors = errors;
		this.clock = clock;
	}

	@PostMapping(TOKENS)
	ResponseEntity<?> issue(@RequestBody JsonNode body, HttpServletRequest request) {
		School school = this.requested.get();
		JsonNode name = body.path("name");
		String given = name.isString() ? name.stringValue().strip() : "";
		if (!body.isObject() || given.isEmpty() || given.length() > 100) {
			return this.errors.answer(HttpStatus.BAD_REQUEST, request, "api.error.tokens.name", Map.of());
		}
		AdminTokens.Issued issued = this.tokens.issue(school.id(), given, this.clock.instant(),
				RequestedSchool.actor());
		Map<String, Object> answer = describe(issued.row());
		answer.put("token", issued.token());
		return ResponseEntity.status(HttpStatus.CREATED).body(answer);
	}

	@GetMapping(TOKENS)
	List<Map<String, Object>> list() {
		return this.tokens.list(this.requested.get().id()).stream().map(TokenController::describe).toList();
	}

	@DeleteMapping(TOKENS + "/{id}")
	ResponseEntity<?> revoke(@PathVariable String id, HttpServletRequest request) {
		School school = this.requested.get();
		if (id.matches("[1-9][0-9]{0,17}")) {
			var revoked = this.tokens.revoke(school.id(), Long.parseLong(id), this.clock.instant(),
					RequestedSchool.actor());
			if (revoked.isPresent()) {
				return ResponseEntity.ok(describe(revoked.get()));
			}
		}
		return this.errors.answer(HttpStatus.NOT_FOUND, request, "api.error.tokens.unknown",
				Map.of("id", Quote.cut(id, 40)));
	}

	private static Map<String, Object> describe(AdminTokenRow row) {
		Map<String, Object> described = new LinkedHashMap<>();
		described.put("id", row.id());
		described.put("name", row.name());
		described.put("createdAt", row.createdAt().toString());
		described.put("lastUsedAt", (row.lastUsedAt() != null) ? row.lastUsedAt().toString() : null);
		described.put("revokedAt", (row.revokedAt() != null) ? row.revokedAt().toString() : null);
		return described;
	}

}
