package org.classbell.templates.sms;

import java.util.Objects;

/**
 * A text as it will go over SMS: its encoding, its length in that encoding's units
 * (septets for GSM-7, where extension characters take two, or UTF-16 code units for
 * UCS-2) and the number of segments Twilio bills for it.
 *
 * @param text the text as it will be sent
 * @param encoding the encoding it needs
 * @param units septets for GSM-7, UTF-16 code units for UCS-2
 * @param segments the billed segments, at least one
 */
public record Sms(String text, SmsEncoding encoding, int units, int segments) {

	public Sms {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(encoding, "encoding");
		if (units < 0 || segments < 1) {
			throw new IllegalArgumentException("Impossible length " + units + " in " + segments + " segments");
		}
	}

}
