package org.classbell.app.backups;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.classbell.app.web.ApiErrors;
import org.classbell.store.backup.BackupLog;
import org.classbell.store.backup.BackupRecord;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/backups}: the latest backups, newest first, with where they were
 * written, their size and checksum, and whether their restore was verified;
 * {@code POST /api/backups}: a backup now, answered when it is written and checked (201),
 * or 409 while another is being made.
 */
@RestController
class BackupController {

	/** How many backups the list shows: more than a school keeps. */
	static final int LISTED = 100;

	private final Backups backups;

	private final BackupLog backupLog;

	private final ApiErrors errors;

	BackupController(Backups backups, BackupLog backupLog, ApiErrors errors) {
		this.backups = backups;
		this.backupLog = backupLog;
		this.errors = errors;
	}

	@GetMapping("/api/backups")
	List<BackupRow> list() {
		return this.backupLog.recent(LISTED).stream().map(BackupRow::of).toList();
	}

	@PostMapping("/api/backups")
	ResponseEntity<?> make(HttpServletRequest request) {
		BackupRecord backup;
		try {
			backup = this.backups.make("manual");
		}
		catch (BackupUnderWay ex) {
			return this.errors.answer(HttpStatus.CONFLICT, request, "api.error.backups.running", Map.of());
		}
		if ("failed".equals(backup.status())) {
			return this.errors.answer(HttpStatus.INTERNAL_SERVER_ERROR, request, "api.error.backups.failed",
					Map.of("file", backup.name(), "error", String.valueOf(backup.error())), backup.failures());
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(BackupRow.of(backup));
	}

}
