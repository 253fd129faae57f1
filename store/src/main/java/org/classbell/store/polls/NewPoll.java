package org.classbell.store.polls;

import java.time.Instant;
import java.util.List;

import org.classbell.store.ClassId;
import org.classbell.store.SchoolId;
import org.classbell.store.StaffId;

/**
 * A poll about to be asked, checked: a question of at most {@value #MAX_QUESTION}
 * characters, {@value #MIN_OPTIONS} to {@value #MAX_OPTIONS} distinct options of at most
 * {@value #MAX_OPTION} characters each, closing after it is asked.
 *
 * @param school its school
 * @param classId the class asked, or {@code null} for the whole school
 * @param author who asks
 * @param question what
 * @param anonymous whether the results never name who chose what
 * @param multiple whether several options may be chosen
 * @param options the options
 * @param createdAt when it is asked
 * @param closesAt when it closes
 */
public record NewPoll(SchoolId school, ClassId classId, StaffId author, String question, boolean anonymous,
		boolean multiple, List<String> options, Instant createdAt, Instant closesAt) {

	/** The longest question. */
	public static final int MAX_QUESTION = 300;

	/** The longest option, so that it fits a button. */
	public static final int MAX_OPTION = 100;

	/** The fewest options. */
	public static final int MIN_OPTIONS = 2;

	/** The most options. */
	public static final int MAX_OPTIONS = 10;

	public NewPoll {
		options = List.copyOf(options);
		if (question == null || question.isBlank() || question.length() > MAX_QUESTION) {
			throw new IllegalArgumentException("A poll's question has 1 to " + MAX_QUESTION + " characters");
		}
		if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
			throw new IllegalArgumentException("A poll has " + MIN_OPTIONS + " to " + MAX_OPTIONS + " options");
		}
		if (options.stream().anyMatch((option) -> option.isBlank() || option.length() > MAX_OPTION)) {
			throw new IllegalArgumentException("A poll's option has 1 to " + MAX_OPTION + " characters");
		}
		if (!closesAt.isAfter(createdAt)) {
			throw new IllegalArgumentException("A poll closes after it is asked");
		}
	}

}
