package org.classbell.store.roster;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.classbell.store.Names;

/**
 * How a teacher names a student: by class-register number ({@code 12}), by surname
 * ({@code Иванов}, {@code иван}), or by surname and initials or first name
 * ({@code Иванов П}, {@code Иванов П.С.}, {@code Иванов Пётр}).
 */
public sealed interface StudentRef {

	/**
	 * By class-register number.
	 */
	record ByNumber(int listNo) implements StudentRef {

	}

	/**
	 * By surname (or its start), optionally with the start of the first and middle names;
	 * all as keys.
	 */
	record ByName(String surname, String given, String middle) implements StudentRef {

	}

	Pattern NUMBER = Pattern.compile("№?\\s*(\\d{1,3})");

	Pattern NAME = Pattern.compile("([\\p{L}][\\p{L}'’-]*)(?:[\\s,]+(\\p{L}+)\\.?(?:\\s*(\\p{L}+)\\.?)?)?");

	/**
	 * The reference in the text, if the text is one.
	 */
	static Optional<StudentRef> parse(String text) {
		String clean = Names.clean(text);
		Matcher number = NUMBER.matcher(clean);
		if (number.matches()) {
			return Optional.of(new ByNumber(Integer.parseInt(number.group(1))));
		}
		Matcher name = NAME.matcher(clean);
		if (!name.matches()) {
			return Optional.empty();
		}
		return Optional.of(new ByName(Names.key(name.group(1)), Names.key(name.group(2)), Names.key(name.group(3))));
	}

}
