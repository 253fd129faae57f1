package org.classbell.app.console.messages;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the errors the notifier records (Twilio's error codes, the Telegram and MAX Bot
 * APIs' answers, the dispatcher's own reasons) mean, as a message key of a sentence a
 * school secretary understands; the raw text stays on the page in small print.
 */
final class FailureReasons {

	private static final Pattern TWILIO_CODE = Pattern.compile("Twilio (?:undelivered |failed )?(\\d{5})");

	private static final List<Rule> RULES = List.of(new Rule("max 403", "max_blocked"),
			new Rule("max 404", "max_chat_not_found"), new Rule("max channel is off", "max_off"),
			new Rule("max was unlinked", "max_withdrawn"), new Rule("unlinked their max", "max_withdrawn"),
			new Rule("21610", "unsubscribed"), new Rule("recipient replied stop", "unsubscribed"),
			new Rule("21614", "not_mobile"), new Rule("21211", "invalid_number"), new Rule("21217", "unverified"),
			new Rule("30003", "handset_unreachable"), new Rule("30005", "unknown_number"),
			new Rule("30006", "landline"), new Rule("30007", "filtered"), new Rule("30008", "carrier_unknown"),
			new Rule("20003", "account"), new Rule("bot was blocked", "blocked"),
			new Rule("user is deactivated", "deactivated"), new Rule("chat not found", "chat_not_found"),
			new Rule("telegram 403", "blocked"), new Rule("telegram channel is off", "telegram_off"),
			new Rule("sms channel is off", "sms_off"), new Rule("personal data was erased", "erased"),
			new Rule("dropped from the roster", "off_roster"), new Rule("withdrew consent to sms", "sms_withdrawn"),
			new Rule("telegram was unlinked", "telegram_withdrawn"),
			new Rule("unlinked their telegram", "telegram_withdrawn"),
			new Rule("max unreachable; sent by sms", "max_moved_to_sms"),
			new Rule("sent by sms instead", "moved_to_sms"), new Rule("sent by telegram instead", "moved_to_telegram"),
			new Rule("sent by max instead", "moved_to_max"), new Rule("flagged as invalid", "phone_flagged"),
			new Rule("gave up after", "gave_up"), new Rule("node sending it stopped", "gave_up"));

	private FailureReasons() {
	}

	/**
	 * The key ({@code messages.failure.<reason>}) of what the error means; {@code null}
	 * for no error.
	 */
	static String key(String error) {
		if (error == null || error.isBlank()) {
			return null;
		}
		String text = error.toLowerCase(Locale.ROOT);
		for (Rule rule : RULES) {
			if (text.contains(rule.marker())) {
				return "messages.failure." + rule.reason();
			}
		}
		Matcher twilio = TWILIO_CODE.matcher(error);
		return twilio.find() || text.startsWith("twilio") ? "messages.failure.sms_other"
				: text.startsWith("telegram") || text.startsWith("bot api") ? "messages.failure.telegram_other"
						: text.startsWith("max") ? "messages.failure.max_other" : "messages.failure.other";
	}

	private record Rule(String marker, String reason) {

	}

}
