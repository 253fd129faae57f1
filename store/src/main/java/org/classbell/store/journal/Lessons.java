package org.classbell.store.journal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which lessons of a day an attendance entry is about: some by number, or the whole day.
 */
public record Lessons(List<Integer> numbers) {

	public static final Lessons WHOLE_DAY = new Lessons(List.of());

	public Lessons {
		numbers = List.copyOf(numbers);
		for (int number : numbers) {
			if (number < 0 || number > 12) {
				throw new IllegalArgumentException("No lesson " + number);
			}
		}
	}

	/**
	 * Lessons {@code from} to {@code to}, both included.
	 */
	public static Lessons range(int from, int to) {
		List<Integer> numbers = new ArrayList<>();
		for (int number = Math.min(from, to); number <= Math.max(from, to); number++) {
			numbers.add(number);
		}
		return new Lessons(numbers);
	}

	public boolean isWholeDay() {
		return this.numbers.isEmpty();
	}

	/**
	 * The lesson numbers as the database keeps them: {@code null} for the whole day.
	 */
	List<Integer> slots() {
		return isWholeDay() ? Collections.singletonList(null) : this.numbers;
	}

}
