package org.classbell.bot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.classbell.store.journal.Lessons;

/**
 * The words after a command, read from the front the way teachers type them: a class
 * ({@code 5А}), lessons ({@code @3}, {@code @3-4}), students (a surname, a surname and
 * initials, a register number), and free text as typed.
 */
final class Arguments {

	private static final Pattern CLASS = Pattern.compile("\\d{1,2}-?\\p{L}[\\p{L}\\d]{0,15}");

	private static final Pattern LESSONS = Pattern.compile("@\\s*(\\d{1,3})(?:\\s*[-–]\\s*(\\d{1,3}))?");

	private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.?){1,2}");

	private static final Pattern WORD = Pattern.compile("^[\\s,;]*([^\\s,;]+)");

	private String text;

	private Arguments(String text) {
		this.text = text.strip();
	}

	static Arguments of(String text) {
		return new Arguments(text);
	}

	/**
	 * The class named first, if the first word is a class name.
	 */
	Optional<String> takeClass() {
		Optional<String> first = peek();
		if (first.isPresent() && CLASS.matcher(first.get()).matches()) {
			return Optional.of(next());
		}
		return Optional.empty();
	}

	/**
	 * The lessons named with {@code @} anywhere, or the whole day; empty when the numbers
	 * are no lessons.
	 */
	Optional<Lessons> takeLessons() {
		Matcher matcher = LESSONS.matcher(this.text);
		if (!matcher.find()) {
			return Optional.of(Lessons.WHOLE_DAY);
		}
		this.text = (this.text.substring(0, matcher.start()) + " " + this.text.substring(matcher.end())).strip();
		int from = Integer.parseInt(matcher.group(1));
		int to = (matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : from;
		return (from > 12 || to > 12) ? Optional.empty() : Optional.of(Lessons.range(from, to));
	}

	/**
	 * Every word left, read as students: a surname with the initials after it is one
	 * student.
	 */
	List<String> takeStudents() {
		List<String> students = new ArrayList<>();
		while (!isEmpty()) {
			students.add(takeStudent());
		}
		return students;
	}

	/**
	 * The next student: a register number, or a surname and the initials after it.
	 */
	String takeStudent() {
		StringBuilder student = new StringBuilder(next());
		while (!Character.isDigit(student.charAt(0))
				&& peek().filter((word) -> INITIALS.matcher(word).matches()).isPresent()
				&& !this.text.startsWith(",")) {
			student.append(' ').append(next());
		}
		return student.toString();
	}

	/**
	 * The next {@code count} words, joined by spaces, if there are so many; nothing is
	 * taken.
	 */
	Optional<String> peek(int count) {
		Arguments copy = new Arguments(this.text);
		List<String> words = new ArrayList<>();
		for (int i = 0; i < count && !copy.isEmpty(); i++) {
			words.add(copy.next());
		}
		return (words.size() == count) ? Optional.of(String.join(" ", words)) : Optional.empty();
	}

	Optional<String> peek() {
		return peek(1);
	}

	/**
	 * Takes the next {@code count} words.
	 */
	void drop(int count) {
		for (int i = 0; i < count; i++) {
			next();
		}
	}

	String next() {
		Matcher word = WORD.matcher(this.text);
		if (!word.find()) {
			throw new IllegalStateException("No words left");
		}
		this.text = this.text.substring(word.end()).strip();
		return word.group(1);
	}

	boolean isEmpty() {
		return this.text.replaceAll("[\\s,;]", "").isEmpty();
	}

	/**
	 * Everything left, as typed.
	 */
	String rest() {
		String rest = this.text;
		this.text = "";
		return rest;
	}

}
