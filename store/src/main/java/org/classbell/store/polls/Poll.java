package org.classbell.store.polls;

import java.time.Instant;
import java.util.List;

import org.classbell.store.ClassId;
import org.classbell.store.SchoolId;
import org.classbell.store.StaffId;

/**
 * A question with options asked of the guardians of a class, or of the whole school.
 *
 * @param id the poll
 * @param school its school
 * @param classId the class asked, or {@code null} for the whole school
 * @param className that class's name, or {@code null}
 * @param author who asked
 * @param question what
 * @param anonymous whether the results never name who chose what
 * @param multiple whether several options may be chosen
 * @param options the options, the first numbered 1
 * @param createdAt when it was asked
 * @param closesAt when it closes
 * @param closedAt when it closed, or {@code null} while it has not been closed
 */
public record Poll(PollId id, SchoolId school, ClassId classId, String className, StaffId author, String question,
		boolean anonymous, boolean multiple, List<String> options, Instant createdAt, Instant closesAt,
		Instant closedAt) {

	public Poll {
		options = List.copyOf(options);
	}

	/**
	 * Whether it still takes answers: not closed, and its closing time not reached.
	 */
	public boolean isOpen(Instant now) {
		return this.closedAt == null && now.isBefore(this.closesAt);
	}

	/**
	 * Whether an option of this number exists.
	 */
	public boolean hasOption(int number) {
		return number >= 1 && number <= this.options.size();
	}

	/**
	 * The option of this number (from 1).
	 */
	public String option(int number) {
		return this.options.get(number - 1);
	}

	/**
	 * When it closed, or closes.
	 */
	public Instant closingTime() {
		return (this.closedAt != null) ? this.closedAt : this.closesAt;
	}

}
