package org.classbell.store.polls;

import java.util.List;

/**
 * What a guardian's vote did.
 */
public sealed interface Vote {

	/**
	 * Recorded: the options the guardian has chosen now (none when they took back their
	 * only one in a poll of several choices).
	 */
	record Recorded(Poll poll, List<Integer> chosen) implements Vote {

		public Recorded {
			chosen = List.copyOf(chosen);
		}

	}

	/** The poll is closed: nothing changed. */
	record Closed(Poll poll) implements Vote {

	}

	/**
	 * No such poll, or the guardian was not asked, or no such option: nothing changed.
	 */
	record Refused() implements Vote {

	}

}
