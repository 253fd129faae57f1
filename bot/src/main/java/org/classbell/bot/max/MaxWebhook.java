package org.classbell.bot.max;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.notifier.NodeProperties;
import org.classbell.notifier.max.ConditionalOnMax;
import org.classbell.notifier.max.MaxApi;
import org.classbell.notifier.max.MaxApiException;
import org.classbell.notifier.max.MaxProperties;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook mode: subscribes {@code $CLASSBELL_PUBLIC_URL/webhooks/max} with the MAX Bot
 * API at start, and takes the updates posted there. An update without the configured
 * secret is refused (403) and changes nothing.
 */
@RestController
@ConditionalOnMax
public class MaxWebhook {

	private static final Logger log = LoggerFactory.getLogger(MaxWebhook.class);

	static final String PATH = "/webhooks/max";

	static final String SECRET_HEADER = "X-Max-Bot-Api-Secret";

	private final MaxProperties properties;

	private final NodeProperties node;

	private final MaxApi api;

	private final MaxUpdates updates;

	MaxWebhook(MaxProperties properties, NodeProperties node, MaxApi api, MaxUpdates updates) {
		this.properties = properties;
		this.node = node;
		this.api = api;
		this.updates = updates;
		if (properties.mode() == MaxProperties.Mode.WEBHOOK) {
			if (properties.webhookSecret() == null || !properties.webhookSecret().matches("[A-Za-z0-9_-]{5,256}")) {
				throw new IllegalStateException("CLASSBELL_MAX_MODE=webhook needs CLASSBELL_MAX_WEBHOOK_SECRET "
						+ "(5 to 256 letters, digits, _ or -), so that only MAX can post updates");
			}
			if (node.publicUrl() == null) {
				throw new IllegalStateException(
						"CLASSBELL_MAX_MODE=webhook needs CLASSBELL_PUBLIC_URL, where MAX reaches this server over HTTPS");
			}
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void register() {
		if (this.properties.mode() != MaxProperties.Mode.WEBHOOK) {
			return;
		}
		URI url = URI.create(this.node.publicUrl().toString().replaceFirst("/+$", "") + PATH);
		try {
			this.api.subscribe(url, MaxUpdates.TYPES, this.properties.webhookSecret());
			log.info("MAX posts updates to {}", url);
		}
		catch (MaxApiException ex) {
			log.error("Could not subscribe the webhook {} with the MAX Bot API: {}", url, ex.getMessage());
		}
	}

	@PostMapping(PATH)
	ResponseEntity<Map<String, Object>> update(@RequestHeader(name = SECRET_HEADER, required = false) String secret,
			@RequestBody byte[] body) {
		if (this.properties.mode() != MaxProperties.Mode.WEBHOOK) {
			return error(HttpStatus.NOT_FOUND, "This node takes MAX updates by polling, not by webhook");
		}
		if (secret == null || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
				this.properties.webhookSecret().getBytes(StandardCharsets.UTF_8))) {
			return error(HttpStatus.FORBIDDEN, "Wrong or missing " + SECRET_HEADER);
		}
		MaxApi.Update update;
		try {
			update = MaxApi.update(body);
		}
		catch (IllegalArgumentException ex) {
			return error(HttpStatus.BAD_REQUEST, "Not a MAX update");
		}
		this.updates.handle(update);
		return ResponseEntity.ok(Map.of("ok", true));
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.body(Map.of("status", status.value(), "error", status.getReasonPhrase(), "message", message));
	}

}
