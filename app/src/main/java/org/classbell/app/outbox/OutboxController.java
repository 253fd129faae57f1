package org.classbell.app.outbox;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.classbell.app.school.DefaultSchool;
import org.classbell.app.web.ApiErrors;
import org.classbell.notifier.outbox.Outbox;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/outbox?status=&limit=&before=}: the school's notifications, newest
 * first, with channel, status, attempts and error; {@code before} (an id) pages back.
 */
@RestController
class OutboxController {

	static final int MAX_LIMIT = 1000;

	private static final List<String> STATUSES = Arrays.asList("queued", "sending", "sent", "delivered", "failed",
			"cancelled");

	private final Outbox outbox;

	private final DefaultSchool school;

	private final ApiErrors errors;

	OutboxController(Outbox outbox, DefaultSchool school, ApiErrors errors) {
		this.outbox = outbox;
		this.school = school;
		this.errors = errors;
	}

	@GetMapping("/api/outbox")
	ResponseEntity<?> list(@RequestParam(required = false) String status, @RequestParam(required = false) String limit,
			@RequestParam(required = false) String before, HttpServletRequest request) {
		String wanted = (status == null || status.isBlank()) ? null : status.strip().toLowerCase(java.util.Locale.ROOT);
		if (wanted != null && !STATUSES.contains(wanted)) {
			return this.errors.answer(HttpStatus.BAD_REQUEST, request, "api.error.outbox.status",
					Map.of("status", status, "allowed", String.join(", ", STATUSES)));
		}
		Integer rows = number(limit, 100);
		if (rows == null || rows < 1 || rows > MAX_LIMIT) {
			return this.errors.answer(HttpStatus.BAD_REQUEST, request, "api.error.outbox.limit",
					Map.of("max", MAX_LIMIT));
		}
		Integer beforeId = number(before, null);
		if (before != null && !before.isBlank() && (beforeId == null || beforeId < 1)) {
			return this.errors.answer(HttpStatus.BAD_REQUEST, request, "api.error.outbox.before", Map.of());
		}
		return ResponseEntity.ok(this.outbox.list(this.school.get().id(), wanted,
				(beforeId != null) ? beforeId.longValue() : null, rows));
	}

	private static Integer number(String text, Integer absent) {
		if (text == null || text.isBlank()) {
			return absent;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
