package org.classbell.templates.sms;

import java.util.List;
import java.util.Objects;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;

/**
 * Measures SMS texts the way Twilio bills them and makes them cheaper: typographic
 * characters replaced by their GSM-7 look-alikes, Cyrillic spelt in Latin letters, long
 * texts cut to a budget of segments.
 */
public final class SmsText {

	static final int GSM7_SINGLE = 160;

	static final int GSM7_PART = 153;

	static final int UCS2_SINGLE = 70;

	static final int UCS2_PART = 67;

	/**
	 * Russian by BGN/PCGN (Пётр → Petr, Щукин → Shchukin), other Cyrillic by ICU's
	 * general rules, without the soft and hard sign marks and BGN's separating middle
	 * dot, then what is left outside GSM-7 of Latin letters reduced to ASCII. ICU
	 * transliterators keep no state between calls, so one instance serves every thread.
	 */
	private static final Transliterator TO_LATIN = Transliterator.createFromRules("ClassBell-SmsLatin", """
			::NFC;
			::Russian-Latin/BGN;
			::Cyrillic-Latin;
			[\\u02B9\\u02BA\\u00B7] > ;
			::%s Latin-ASCII;
			""".formatted(new UnicodeSet().addAll(Gsm7.characters()).complement().toPattern(true)),
			Transliterator.FORWARD);

	private SmsText() {
	}

	/**
	 * The encoding, length and billed segments of a text. GSM-7 when every character is
	 * in the GSM 03.38 alphabet or its extension table, UCS-2 otherwise. Long GSM-7 texts
	 * go in parts of up to 153 septets that never split an extension character's escape
	 * pair; long UCS-2 texts in parts of up to 67 code units that never split a surrogate
	 * pair. An empty text is one segment of no units, as Twilio bills an empty body.
	 */
	public static Sms measure(String text) {
		Objects.requireNonNull(text, "text");
		int septets = 0;
		for (int i = 0; i < text.length() && septets >= 0; i++) {
			int width = Gsm7.septets(text.charAt(i));
			septets = (width > 0) ? septets + width : -1;
		}
		if (septets >= 0) {
			return new Sms(text, SmsEncoding.GSM7, septets, segments(text, SmsEncoding.GSM7, septets));
		}
		return new Sms(text, SmsEncoding.UCS2, text.length(), segments(text, SmsEncoding.UCS2, text.length()));
	}

	/**
	 * The text with quotes, apostrophes, dashes, ellipses, non-breaking spaces and the
	 * numero sign replaced by GSM-7 characters, as Twilio's Smart Encoding does. Letters,
	 * Cyrillic among them, are left alone.
	 */
	public static String smart(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '«', '»', '“', '”', '„' -> result.append('"');
				case '‘', '’', '‚' -> result.append('\'');
				case '—', '–', '\u2011' -> result.append('-');
				case '…' -> result.append("...");
				case '\u00A0', '\u202F' -> result.append(' ');
				case '№' -> result.append("No.");
				default -> result.append(c);
			}
		}
		return result.toString();
	}

	/**
	 * The text in Latin letters: {@link #smart(String) smart} replacements, then Cyrillic
	 * transliterated (Russian by BGN/PCGN, without soft and hard sign marks) and accented
	 * letters GSM-7 lacks reduced to ASCII. Other scripts and emoji are left as they are.
	 */
	public static String transliterate(String text) {
		return TO_LATIN.transliterate(smart(text));
	}

	/**
	 * The text as sent within a budget of segments: {@link #smart(String) smart}
	 * replacements, optionally {@link #transliterate(String) transliterated}, and when
	 * still too long cut (at a word boundary when that keeps at least two thirds of what
	 * fits) and ended with an ellipsis, {@code ...} in GSM-7 or {@code …} in UCS-2.
	 * @throws IllegalArgumentException if the budget is less than one segment
	 */
	public static Sms compose(String text, boolean transliterate, int maxSegments) {
		return Shortening.fit(prepare(text, transliterate), maxSegments, "");
	}

	/**
	 * Like {@link #compose(String, boolean, int)}, but a text that has to be cut ends
	 * with the hint on a line of its own after the ellipsis (say, how to get the rest),
	 * unless the hint alone would not fit the budget.
	 * @throws IllegalArgumentException if the budget is less than one segment
	 */
	public static Sms compose(String text, boolean transliterate, int maxSegments, String hint) {
		return Shortening.fit(prepare(text, transliterate), maxSegments, prepare(hint, transliterate));
	}

	/**
	 * Lines, most important first, as one text within the budget: all of them when they
	 * fit; else as many whole lines from the top as fit with the hint on a line after
	 * them; and when not even the first line fits so, the lines cut as
	 * {@link #compose(String, boolean, int, String)} cuts them.
	 * @throws IllegalArgumentException if the budget is less than one segment
	 */
	public static Sms composeLines(List<String> lines, boolean transliterate, int maxSegments, String hint) {
		List<String> prepared = lines.stream().map((line) -> prepare(line, transliterate)).toList();
		Sms whole = measure(String.join("\n", prepared));
		if (maxSegments < 1 || whole.segments() <= maxSegments) {
			return Shortening.fit(whole.text(), maxSegments, "");
		}
		String tail = prepare(hint, transliterate);
		Sms fitted = null;
		for (int count = 1; count < prepared.size(); count++) {
			Sms candidate = measure(String.join("\n", prepared.subList(0, count)) + "\n" + tail);
			if (candidate.segments() > maxSegments) {
				break;
			}
			fitted = candidate;
		}
		return (fitted != null) ? fitted : Shortening.fit(whole.text(), maxSegments, tail);
	}

	private static String prepare(String text, boolean transliterate) {
		Objects.requireNonNull(text, "text");
		return transliterate ? transliterate(text) : smart(text);
	}

	private static int segments(String text, SmsEncoding encoding, int units) {
		boolean gsm = encoding == SmsEncoding.GSM7;
		if (units <= (gsm ? GSM7_SINGLE : UCS2_SINGLE)) {
			return 1;
		}
		int part = gsm ? GSM7_PART : UCS2_PART;
		int segments = 1;
		int used = 0;
		int i = 0;
		while (i < text.length()) {
			int chars = (!gsm && Character.isSurrogatePair(text.charAt(i), charAt(text, i + 1))) ? 2 : 1;
			int width = gsm ? Gsm7.septets(text.charAt(i)) : chars;
			if (used + width > part) {
				segments++;
				used = 0;
			}
			used += width;
			i += chars;
		}
		return segments;
	}

	private static char charAt(String text, int index) {
		return (index < text.length()) ? text.charAt(index) : 0;
	}

}
