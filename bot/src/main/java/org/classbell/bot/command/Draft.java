package org.classbell.bot.command;

import java.time.LocalDate;
import java.util.List;

/**
 * A command about students, kept while the teacher picks the students the bot could not
 * tell apart: what the command is and everything it needs but those students.
 *
 * @param command the command's name, such as {@code absent}
 * @param classIds the classes the students are looked for in
 * @param day the day it is for
 * @param lessons lesson numbers (attendance); empty for the whole day
 * @param subjectId the subject (marks)
 * @param text free text (notes, the excuse's reason)
 * @param marks a mark per student (marks)
 * @param slots the students named, in order
 */
record Draft(String command, List<Long> classIds, LocalDate day, List<Integer> lessons, Long subjectId, String text,
		List<String> marks, List<Slot> slots) {

	Draft {
		classIds = List.copyOf(classIds);
		lessons = (lessons != null) ? List.copyOf(lessons) : List.of();
		marks = (marks != null) ? List.copyOf(marks) : List.of();
		slots = List.copyOf(slots);
	}

	/**
	 * A student as typed, the candidates that fit, and the one found or chosen.
	 */
	record Slot(String typed, List<Long> candidates, Long chosen) {

		Slot {
			candidates = (candidates != null) ? List.copyOf(candidates) : List.of();
		}

		Slot choose(long student) {
			return new Slot(this.typed, this.candidates, student);
		}

	}

	Draft withSlot(int index, Slot slot) {
		List<Slot> changed = new java.util.ArrayList<>(this.slots);
		changed.set(index, slot);
		return new Draft(this.command, this.classIds, this.day, this.lessons, this.subjectId, this.text, this.marks,
				changed);
	}

	/**
	 * The first slot still to choose, or -1.
	 */
	int open() {
		for (int i = 0; i < this.slots.size(); i++) {
			if (this.slots.get(i).chosen() == null) {
				return i;
			}
		}
		return -1;
	}

}
