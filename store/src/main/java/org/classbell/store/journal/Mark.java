package org.classbell.store.journal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mark from 1 to 5, optionally with a plus or a minus: {@code 5}, {@code 4-},
 * {@code 3+}.
 *
 * @param value the mark
 * @param modifier {@code '+'}, {@code '-'} or {@code null}
 */
public record Mark(int value, Character modifier) {

	private static final Pattern FORM = Pattern.compile("([1-5])([+\\-−–])?");

	public Mark {
		if (value < 1 || value > 5) {
			throw new IllegalArgumentException("A mark is 1 to 5, not " + value);
		}
		if (modifier != null && modifier != '+' && modifier != '-') {
			throw new IllegalArgumentException("A mark's modifier is + or -, not " + modifier);
		}
	}

	public static Optional<Mark> parse(String text) {
		Matcher matcher = FORM.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String sign = matcher.group(2);
		Character modifier = (sign == null) ? null : sign.equals("+") ? '+' : '-';
		return Optional.of(new Mark(Integer.parseInt(matcher.group(1)), modifier));
	}

	@Override
	public String toString() {
		return (this.modifier != null) ? this.value + String.valueOf(this.modifier) : String.valueOf(this.value);
	}

}
