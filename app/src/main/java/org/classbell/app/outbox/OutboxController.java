package org.classbell.app.outbox;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.classbell.app.school.RequestedSchool;
import org.classbell.app.web.ApiErrors;
import org.classbell.notifier.outbox.NotificationId;
import org.classbell.notifier.outbox.NotificationStatus;
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

	private final Outbox outbox;

	private final RequestedSchool school;

	private final ApiErrors errors;

	OutboxController(Outbox outbox, RequestedSchool school, ApiErrors errors) {
		this.outbox = outbox;
		this.school = school;
		this.errors = errors;
	}

	@GetMapping({ "/api/outbox", "/api/schools/{school}/outbox" })
	ResponseEntity<?> list(@RequestParam(required = false) String status, @RequestParam(required = false) String limit,
			@RequestParam(required = false) String before, HttpServletRequest request) {
		Optional<NotificationStatus> wanted = (status == null || status.isBlank()) ? Optional.empty()
				: NotificationStatus.parse(status);
		if (status != null && !status.isBlank() && wanted.isEmpty()) {
			return this.errors.answer(HttpStatus.BAD_REQUEST, request, "api.error.outbox.status",
					Map.of("status", status, "allowed",
							Arrays.stream(NotificationStatus.values())
								.map(NotificationStatus::code)
								.collect(Collectors.joining(", "))));
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
		return ResponseEntity.ok(this.outbox
			.list(this.school.get().id(), wanted.orElse(null),
					(beforeId != null) ? new NotificationId(beforeId.longValue()) : null, rows)
			.stream()
			.map(Notification::of)
			.toList());
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

	/**
	 * A notification as the admin API shows it.
	 */
	record Notification(long id, String kind, String channel, String address, String recipient, String student,
			String status, int attempts, String error, Integer segments, String providerId,
			OffsetDateTime nextAttemptAt, OffsetDateTime createdAt, OffsetDateTime sentAt, OffsetDateTime deliveredAt) {

		static Notification of(Outbox.Listed row) {
			return new Notification(row.id(), row.kind().code(), row.channel().code(), row.address(), row.recipient(),
					row.student(), row.status().code(), row.attempts(), row.error(), row.segments(), row.providerId(),
					row.nextAttemptAt(), row.createdAt(), row.sentAt(), row.deliveredAt());
		}

	}

}
