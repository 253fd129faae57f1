package org.classbell.store.roster;

import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/**
 * A phone number in E.164 form, such as {@code +79123456789}.
 *
 * @param e164 the number with its country code and nothing else
 */
public record PhoneNumber(String e164) {

	private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	public PhoneNumber {
		if (e164 == null || !E164.matcher(e164).matches()) {
			throw new IllegalArgumentException("Not an E.164 phone number");
		}
	}

	/**
	 * The number in any usual form ({@code 8 (912) 345-67-89}, {@code +7 912 345 67 89}),
	 * read with the given region for numbers without a country code; empty unless it is a
	 * valid number.
	 */
	public static Optional<PhoneNumber> parse(String text, String region) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			var number = PHONES.parse(text, region);
			if (!PHONES.isValidNumber(number)) {
				return Optional.empty();
			}
			return Optional.of(new PhoneNumber(PHONES.format(number, PhoneNumberFormat.E164)));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Whether numbers can be read in this region: an ISO code, in capitals, of a region
	 * with a numbering plan of its own ({@code RU}, {@code KZ}; not {@code SU}).
	 */
	public static boolean isRegion(String region) {
		return region != null && PHONES.getSupportedRegions().contains(region);
	}

	/**
	 * The number as logs may show it: the country and operator code and the last two
	 * digits.
	 */
	public String masked() {
		return mask(this.e164);
	}

	/**
	 * Masks any phone-like text for a log line.
	 */
	public static String mask(String phone) {
		if (phone == null || phone.length() < 7) {
			return "***";
		}
		return phone.substring(0, 5) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 2);
	}

	@Override
	public String toString() {
		return masked();
	}

}
