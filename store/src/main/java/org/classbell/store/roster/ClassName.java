package org.classbell.store.roster;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.classbell.store.Names;

/**
 * The name of a class, such as {@code 5А}: a grade and a letter or a short label.
 * {@code 5a}, {@code 5 А} and {@code 5-а} are one class.
 *
 * @param display the name as shown, such as {@code 5А}
 * @param key the form names are compared in
 * @param grade the grade, 0 to 12
 */
public record ClassName(String display, String key, int grade) {

	private static final Pattern FORM = Pattern.compile("(\\d{1,2})\\s*[-–—]?\\s*(\\p{L}[\\p{L}\\d]{0,15})?");

	public ClassName {
		if (grade < 0 || grade > 12) {
			throw new IllegalArgumentException("No grade " + grade);
		}
	}

	/**
	 * The class name in the text, if it is one.
	 */
	public static Optional<ClassName> parse(String text) {
		Matcher matcher = FORM.matcher(Names.clean(text));
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int grade = Integer.parseInt(matcher.group(1));
		if (grade > 12) {
			return Optional.empty();
		}
		String label = (matcher.group(2) != null) ? Names.key(matcher.group(2)) : "";
		return Optional.of(new ClassName(grade + label.toUpperCase(Locale.ROOT), grade + label, grade));
	}

	/**
	 * The key a typed class name is compared in, also for text that is not a whole class
	 * name (such as {@code 5} or {@code 5 а}).
	 */
	public static String keyOf(String text) {
		return parse(text).map(ClassName::key).orElseGet(() -> Names.key(text).replace(" ", "").replace("-", ""));
	}

	@Override
	public String toString() {
		return this.display;
	}

}
