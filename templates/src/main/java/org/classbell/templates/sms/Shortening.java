package org.classbell.templates.sms;

/**
 * Cuts a text to a budget of segments, ending it with an ellipsis and an optional hint.
 */
final class Shortening {

	private final String text;

	private final int maxSegments;

	private final String tail;

	private Shortening(String text, int maxSegments, String tail) {
		this.text = text;
		this.maxSegments = maxSegments;
		this.tail = tail;
	}

	/**
	 * The text measured if it fits the budget, else its longest cut that fits with the
	 * hint (or, when not even the hint fits, without it).
	 */
	static Sms fit(String text, int maxSegments, String hint) {
		if (maxSegments < 1) {
			throw new IllegalArgumentException("A message needs at least one segment, not " + maxSegments);
		}
		Sms whole = SmsText.measure(text);
		if (whole.segments() <= maxSegments) {
			return whole;
		}
		if (!hint.isEmpty()) {
			Shortening withHint = new Shortening(text, maxSegments, "\n" + hint);
			if (withHint.fits(withHint.candidate(0))) {
				return withHint.cut();
			}
		}
		return new Shortening(text, maxSegments, "").cut();
	}

	private Sms cut() {
		int limit = limit();
		int space = lastWhitespace(limit);
		if (space > 0 && 3 * space >= 2 * limit) {
			Sms atWord = candidate(space);
			if (fits(atWord)) {
				return atWord;
			}
		}
		return candidate(limit);
	}

	/**
	 * The most characters of the text that fit with the ellipsis and tail, never ending
	 * between the halves of a surrogate pair.
	 */
	private int limit() {
		int upperBound = Math.min(this.text.length(), this.maxSegments * SmsText.GSM7_SINGLE);
		for (int length = upperBound; length > 0; length--) {
			if (!splitsSurrogatePair(length) && fits(candidate(length))) {
				return length;
			}
		}
		return 0;
	}

	private int lastWhitespace(int limit) {
		for (int i = Math.min(limit, this.text.length() - 1); i > 0; i--) {
			if (Character.isWhitespace(this.text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The first characters of the text without trailing spaces and punctuation, an
	 * ellipsis in the encoding they and the tail need, and the tail.
	 */
	private Sms candidate(int length) {
		int end = length;
		while (end > 0 && isTrailingJunk(this.text.charAt(end - 1))) {
			end--;
		}
		String kept = this.text.substring(0, end);
		boolean gsm = SmsText.measure(kept + this.tail).encoding() == SmsEncoding.GSM7;
		return SmsText.measure(kept + (gsm ? "..." : "…") + this.tail);
	}

	private boolean fits(Sms sms) {
		return sms.segments() <= this.maxSegments;
	}

	private boolean splitsSurrogatePair(int length) {
		return length < this.text.length()
				&& Character.isSurrogatePair(this.text.charAt(length - 1), this.text.charAt(length));
	}

	private static boolean isTrailingJunk(char c) {
		return Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || c == '-' || c == '.';
	}

}
