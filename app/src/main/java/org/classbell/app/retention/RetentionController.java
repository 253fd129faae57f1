package org.classbell.app.retention;

import java.util.LinkedHashMap;
import java.util.Map;

import org.classbell.store.retention.Retention;
import org.classbell.store.retention.Swept;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/retention/run}: the retention sweep now, as the nightly one would run,
 * answered with how many rows of each kind it blanked or deleted. It sweeps every school
 * of the deployment.
 */
@RestController
class RetentionController {

	private final Retention retention;

	RetentionController(Retention retention) {
		this.retention = retention;
	}

	@PostMapping("/api/retention/run")
	Map<String, Object> run() {
		Swept swept = this.retention.run();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("messageBodies", swept.messageBodies());
		answer.put("auditLog", swept.auditLog());
		answer.put("telegramUpdates", swept.telegramUpdates());
		answer.put("inboundSms", swept.inboundSms());
		answer.put("inviteCodes", swept.inviteCodes());
		answer.put("pendingChoices", swept.pendingChoices());
		answer.put("rateLimitBuckets", swept.rateLimitBuckets());
		answer.put("consoleLeftovers", swept.consoleLeftovers());
		answer.put("seconds", swept.took().toMillis() / 1000.0);
		return answer;
	}

}
