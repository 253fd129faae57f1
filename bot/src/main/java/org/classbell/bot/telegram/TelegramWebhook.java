package org.classbell.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.classbell.notifier.NodeProperties;
import org.classbell.notifier.telegram.ConditionalOnTelegram;
import org.classbell.notifier.telegram.TelegramProperties;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook mode: registers {@code $CLASSBELL_PUBLIC_URL/webhooks/telegram} with the Bot
 * API at start, and takes the updates posted there. An update without the configured
 * secret token is refused (403) and changes nothing.
 */
@RestController
@ConditionalOnTelegram
public class TelegramWebhook {

	private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);

	static final String PATH = "/webhooks/telegram";

	static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

	private final TelegramProperties properties;

	private final NodeProperties node;

	private final TelegramClient client;

	private final TelegramUpdates updates;

	private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
			false);

	TelegramWebhook(TelegramProperties properties, NodeProperties node, TelegramClient client,
			TelegramUpdates updates) {
		this.properties = properties;
		this.node = node;
		this.client = client;
		this.updates = updates;
		if (properties.mode() == TelegramProperties.Mode.WEBHOOK) {
			if (properties.webhookSecret() == null || properties.webhookSecret().isBlank()) {
				throw new IllegalStateException(
						"CLASSBELL_TELEGRAM_MODE=webhook needs CLASSBELL_TELEGRAM_WEBHOOK_SECRET, so that only Telegram can post updates");
			}
			if (node.publicUrl() == null) {
				throw new IllegalStateException(
						"CLASSBELL_TELEGRAM_MODE=webhook needs CLASSBELL_PUBLIC_URL, where Telegram reaches this server");
			}
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void register() {
		if (this.properties.mode() != TelegramProperties.Mode.WEBHOOK) {
			return;
		}
		String url = this.node.publicUrl().toString().replaceFirst("/+$", "") + PATH;
		try {
			this.client.execute(SetWebhook.builder().url(url).secretToken(this.properties.webhookSecret()).build());
			log.info("Telegram posts updates to {}", url);
		}
		catch (TelegramApiException ex) {
			log.error("Could not register the webhook {} with the Bot API: {}", url, ex.getMessage());
		}
	}

	@PostMapping(PATH)
	ResponseEntity<Map<String, Object>> update(@RequestHeader(name = SECRET_HEADER, required = false) String secret,
			@RequestBody byte[] body) {
		if (this.properties.mode() != TelegramProperties.Mode.WEBHOOK) {
			return error(HttpStatus.NOT_FOUND, "This node takes updates by polling, not by webhook");
		}
		if (secret == null || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
				this.properties.webhookSecret().getBytes(StandardCharsets.UTF_8))) {
			return error(HttpStatus.FORBIDDEN, "Wrong or missing " + SECRET_HEADER);
		}
		Update update;
		try {
			update = this.json.readValue(body, Update.class);
		}
		catch (java.io.IOException ex) {
			return error(HttpStatus.BAD_REQUEST, "Not a Telegram update");
		}
		this.updates.handle(update);
		return ResponseEntity.ok(Map.of("ok", true));
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.body(Map.of("status", status.value(), "error", status.getReasonPhrase(), "message", message));
	}

}
