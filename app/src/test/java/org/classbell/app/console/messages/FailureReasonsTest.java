package org.classbell.app.console.messages;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailureReasonsTest {

	@Test
	void readsTheErrorsTheNotifierRecords() {
		assertThat(FailureReasons.key("Twilio 21610: recipient replied STOP; opt-out recorded"))
			.isEqualTo("messages.failure.unsubscribed");
		assertThat(FailureReasons
			.key("Twilio 21614: 'To' number +7912***89 is not a valid mobile number; " + "phone flagged for the admin"))
			.isEqualTo("messages.failure.not_mobile");
		assertThat(FailureReasons.key("Twilio undelivered 30003")).isEqualTo("messages.failure.handset_unreachable");
		assertThat(FailureReasons.key("Twilio failed 30005")).isEqualTo("messages.failure.unknown_number");
		assertThat(FailureReasons.key("Twilio undelivered 30006")).isEqualTo("messages.failure.landline");
		assertThat(FailureReasons.key("gave up after 5 attempts: Twilio undelivered 30003"))
			.isEqualTo("messages.failure.handset_unreachable");
		assertThat(FailureReasons.key("gave up after 5 attempts: Twilio HTTP 503: Service Unavailable"))
			.isEqualTo("messages.failure.gave_up");
		assertThat(FailureReasons
			.key("Telegram 403: Forbidden: bot was blocked by the user; chat unlinked; sent by SMS instead"))
			.isEqualTo("messages.failure.blocked");
		assertThat(
				FailureReasons.key("Telegram 400: Bad Request: chat not found; chat unlinked; no SMS to fall back on"))
			.isEqualTo("messages.failure.chat_not_found");
		assertThat(FailureReasons.key("the SMS channel is off: set CLASSBELL_TWILIO_ACCOUNT_SID"))
			.isEqualTo("messages.failure.sms_off");
		assertThat(FailureReasons.key("Twilio 21408: Permission to send an SMS has not been enabled"))
			.isEqualTo("messages.failure.sms_other");
		assertThat(FailureReasons.key("Telegram 400: Bad Request: message is too long"))
			.isEqualTo("messages.failure.telegram_other");
		assertThat(FailureReasons.key("MAX 403: POST /messages: MAX answered 403 chat.denied: dialog is blocked by the "
				+ "user; chat unlinked; sent by Telegram instead"))
			.isEqualTo("messages.failure.max_blocked");
		assertThat(FailureReasons
			.key("MAX 404: POST /messages: MAX answered 404 not.found; chat unlinked; sent by SMS" + " instead"))
			.isEqualTo("messages.failure.max_chat_not_found");
		assertThat(FailureReasons.key("MAX unreachable; sent by Telegram instead"))
			.isEqualTo("messages.failure.moved_to_telegram");
		assertThat(FailureReasons.key("MAX unreachable; sent by SMS instead"))
			.isEqualTo("messages.failure.max_moved_to_sms");
		assertThat(FailureReasons.key("Telegram unreachable; sent by MAX instead"))
			.isEqualTo("messages.failure.moved_to_max");
		assertThat(FailureReasons
			.key("Telegram 403: Forbidden: bot was blocked by the user; chat unlinked; sent by MAX instead"))
			.isEqualTo("messages.failure.blocked");
		assertThat(FailureReasons.key("the guardian's MAX was unlinked or its consent withdrawn before it was sent"))
			.isEqualTo("messages.failure.max_withdrawn");
		assertThat(FailureReasons.key("the guardian unlinked their MAX")).isEqualTo("messages.failure.max_withdrawn");
		assertThat(FailureReasons.key("the guardian unlinked their Telegram"))
			.isEqualTo("messages.failure.telegram_withdrawn");
		assertThat(FailureReasons.key("the MAX channel is off: set CLASSBELL_MAX_TOKEN"))
			.isEqualTo("messages.failure.max_off");
		assertThat(FailureReasons.key("MAX 400: POST /messages: MAX answered 400 text.too.long"))
			.isEqualTo("messages.failure.max_other");
		assertThat(FailureReasons.key(null)).isNull();
	}

	@Test
	void aPreviewDropsTelegramMarkupAndIsShort() {
		assertThat(OutboxLine.preview("📢 <b>Объявление для 5А</b> (Денис)\nЗавтра &lt;важно&gt;"))
			.isEqualTo("📢 Объявление для 5А (Денис) Завтра <важно>");
		assertThat(OutboxLine.preview("а".repeat(200))).hasSize(OutboxLine.PREVIEW).endsWith("…");
		assertThat(OutboxLine.preview("")).isEmpty();
	}

}
