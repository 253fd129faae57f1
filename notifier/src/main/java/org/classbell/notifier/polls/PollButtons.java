package org.classbell.notifier.polls;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.classbell.store.polls.PollId;

/**
 * The codec of the polls' buttons: {@code pv:<poll>:<option>} (a guardian's vote),
 * {@code pr:<poll>} (the results, for the author) and {@code pc:<poll>} (close now). The
 * bot reads back what follows the prefix and its colon; anything else is no such button.
 */
public final class PollButtons {

	/** A guardian's vote. */
	public static final String VOTE = "pv";

	/** The results. */
	public static final String RESULTS = "pr";

	/** Close now. */
	public static final String CLOSE = "pc";

	private static final Pattern VOTE_DATA = Pattern.compile("([1-9][0-9]{0,17}):([1-9][0-9]?)");

	private static final Pattern POLL_DATA = Pattern.compile("[1-9][0-9]{0,17}");

	private PollButtons() {
	}

	public static String vote(PollId poll, int option) {
		return VOTE + ":" + poll.value() + ":" + option;
	}

	public static String results(PollId poll) {
		return RESULTS + ":" + poll.value();
	}

	public static String close(PollId poll) {
		return CLOSE + ":" + poll.value();
	}

	/**
	 * What follows {@code pv:}, or empty when it is no vote.
	 */
	public static Optional<Choice> readVote(String data) {
		Matcher matcher = VOTE_DATA.matcher(data);
		return matcher.matches()
				? Optional
					.of(new Choice(new PollId(Long.parseLong(matcher.group(1))), Integer.parseInt(matcher.group(2))))
				: Optional.empty();
	}

	/**
	 * What follows {@code pr:} or {@code pc:}, or empty when it is no poll.
	 */
	public static Optional<PollId> readPoll(String data) {
		return POLL_DATA.matcher(data).matches() ? Optional.of(new PollId(Long.parseLong(data))) : Optional.empty();
	}

	/**
	 * A vote: the poll and the option's number.
	 */
	public record Choice(PollId poll, int option) {

	}

}
