package org.classbell.notifier.twilio;

import java.util.Objects;
import java.util.Set;

import com.twilio.exception.ApiException;

import org.classbell.notifier.dispatch.Outcome.Consequence;
import org.classbell.notifier.dispatch.Outcome;

/**
 * What Twilio's refusals mean for a message, in texts that show the phone number only
 * masked.
 */
final class TwilioErrors {

	static final int TOO_MANY_REQUESTS = 20429;

	static final int AUTHENTICATE = 20003;

	static final int OPTED_OUT = 21610;

	/** Invalid 'To' number, not a mobile number, 'To' number not verified. */
	static final Set<Integer> INVALID_NUMBER = Set.of(21211, 21614, 21217);

	/** Delivery reports' codes of numbers that cannot take SMS. */
	private static final Set<String> UNDELIVERABLE = Set.of("21211", "21614", "30005", "30006");

	private TwilioErrors() {
	}

	/**
	 * The outcome of an error answer, or of a fault the SDK reports as an
	 * {@link ApiException} without a status (a network fault, an answer it could not
	 * read).
	 * @param ex what the SDK threw
	 * @param address the recipient's number, masked wherever the text repeats it
	 */
	static Outcome outcome(ApiException ex, String address) {
		Integer code = ex.getCode();
		Integer status = (ex.getStatusCode() != null) ? ex.getStatusCode() : ex.getHttpStatusCode();
		String message = redact(Objects.toString(ex.getMessage(), "no message"), address);
		if (code == null && status == null) {
			return new Outcome.Retry("Twilio unreachable: " + message, null);
		}
		String error = "Twilio " + ((code != null) ? code : "HTTP " + status) + ": " + message;
		if (is(code, TOO_MANY_REQUESTS) || is(status, 429)) {
			return new Outcome.Retry(error, null);
		}
		if (is(code, OPTED_OUT)) {
			return new Outcome.Failed("Twilio " + OPTED_OUT + ": recipient replied STOP", Consequence.OPTED_OUT);
		}
		if (code != null && INVALID_NUMBER.contains(code)) {
			return new Outcome.Failed(error, Consequence.INVALID_NUMBER);
		}
		if (status == null || status >= 500) {
			return new Outcome.Retry(error, null);
		}
		if (is(code, AUTHENTICATE) || is(status, 401)) {
			return new Outcome.Failed(error + " (check CLASSBELL_TWILIO_ACCOUNT_SID and CLASSBELL_TWILIO_AUTH_TOKEN)",
					Consequence.NONE);
		}
		return new Outcome.Failed(error, Consequence.NONE);
	}

	/**
	 * What a delivery report of an SMS that did not reach the phone means: an opt-out
	 * (21610) and invalid numbers (21211, 21614, and the carrier's 30005, 30006) change
	 * the recipient as when sending fails.
	 * @param status Twilio's {@code MessageStatus}: {@code undelivered} or {@code failed}
	 * @param errorCode Twilio's {@code ErrorCode}, or {@code null}
	 */
	static Outcome.Failed undelivered(String status, String errorCode) {
		String error = "Twilio " + status + ((errorCode != null) ? " " + errorCode : "");
		Consequence consequence = String.valueOf(OPTED_OUT).equals(errorCode) ? Consequence.OPTED_OUT
				: UNDELIVERABLE.contains(errorCode) ? Consequence.INVALID_NUMBER : Consequence.NONE;
		return new Outcome.Failed(error, consequence);
	}

	/**
	 * A phone number with its middle hidden: {@code +79121234589} as {@code +7912***89}.
	 */
	static String mask(String phone) {
		if (phone == null) {
			return null;
		}
		if (phone.length() < 8) {
			return "***" + ((phone.length() > 4) ? phone.substring(phone.length() - 2) : "");
		}
		return phone.substring(0, 5) + "***" + phone.substring(phone.length() - 2);
	}

	/**
	 * The text with the phone number, with or without its {@code +}, masked.
	 */
	static String redact(String text, String phone) {
		if (text == null || phone == null || phone.isBlank()) {
			return text;
		}
		String masked = mask(phone);
		String redacted = text.replace(phone, masked);
		String digits = phone.startsWith("+") ? phone.substring(1) : phone;
		return (digits.length() >= 5) ? redacted.replace(digits, masked) : redacted;
	}

	private static boolean is(Integer value, int expected) {
		return value != null && value == expected;
	}

}
