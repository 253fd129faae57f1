package org.classbell.store.polls;

import java.time.Instant;
import java.util.List;

/**
 * One guardian asked in a poll that is not anonymous, with their answer, as the results
 * file lists them.
 *
 * @param guardian their name
 * @param children their children the poll was about (first and last names)
 * @param className the class of those children
 * @param channel how the poll reached them, or {@code null} when nothing did
 * @param options the numbers of the options they chose; empty when they have not answered
 * @param answeredAt when they answered, or {@code null}
 */
public record AnswerRow(String guardian, String children, String className, String channel, List<Integer> options,
		Instant answeredAt) {

	public AnswerRow {
		options = List.copyOf(options);
	}

}
