package org.classbell.store.polls;

import java.util.List;

/**
 * How a poll stands: how many chose each option, how many of those asked answered, and,
 * for a poll that is not anonymous, who has not.
 *
 * @param poll the poll
 * @param counts how many chose each option, the first for option 1
 * @param asked how many guardians it reached
 * @param answered how many of them answered
 * @param silent who has not answered, ordered by class and name; empty for an anonymous
 * poll
 */
public record PollResults(Poll poll, List<Integer> counts, int asked, int answered, List<Silent> silent) {

	public PollResults {
		counts = List.copyOf(counts);
		silent = List.copyOf(silent);
	}

	/**
	 * The share of those asked who answered, in whole percent.
	 */
	public int percentAnswered() {
		return (this.asked == 0) ? 0 : Math.round(100f * this.answered / this.asked);
	}

	/**
	 * A guardian who has not answered, with their children the poll was about.
	 *
	 * @param guardian their name
	 * @param children their children's first names, with the class for a school poll
	 */
	public record Silent(String guardian, String children) {

	}

}
