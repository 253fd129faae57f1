package org.classbell.bot.command;

import java.util.List;
import java.util.stream.Collectors;

import org.classbell.store.Names;
import org.classbell.store.roster.StudentCard;

/**
 * Small pieces of text made from data, the same in every language: lists of names.
 */
final class Words {

	private Words() {
	}

	/**
	 * Children as {@code Пётр (5А), Ольга (6Б)}.
	 */
	static String children(List<StudentCard> children) {
		return children.stream()
			.map((child) -> child.firstName() + " (" + child.className() + ")")
			.collect(Collectors.joining(", "));
	}

	/**
	 * Students as {@code Иванов Пётр, Петрова Анна}.
	 */
	static String students(List<StudentCard> students) {
		return students.stream().map(StudentCard::shortName).collect(Collectors.joining(", "));
	}

	/**
	 * How to greet a person by the full name a roster gives:
	 * {@code Иванова Мария Петровна} is greeted as {@code Мария Петровна}; other names as
	 * they are.
	 */
	static String greeting(String fullName) {
		String name = Names.clean(fullName);
		String[] words = name.split(" ");
		return (words.length == 3) ? words[1] + " " + words[2] : name;
	}

	/**
	 * Lesson numbers as {@code 3, 4}.
	 */
	static String numbers(List<Integer> numbers) {
		return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

}
