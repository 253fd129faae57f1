package org.classbell.notifier.dispatch;

import java.time.Instant;
import java.util.Optional;

import org.classbell.notifier.outbox.Channel;

/**
 * Hands messages of one channel to its provider (the Bot API, Twilio). A carrier never
 * retries by itself: it says what came of one attempt, and the dispatcher decides.
 */
public interface Carrier {

	Channel channel();

	/**
	 * One attempt to hand the message to the provider. Never throws for a provider's
	 * answer or a network fault: those are outcomes.
	 */
	Outcome send(Outgoing message);

	/**
	 * What the provider knows of a message that may have been handed to it by a node that
	 * stopped before recording the answer; empty when the provider cannot tell or has no
	 * such message.
	 * @param message the message
	 * @param since when the attempt began, at the earliest
	 */
	default Optional<Outcome.Sent> find(Outgoing message, Instant since) {
		return Optional.empty();
	}

	/**
	 * Whether {@link #find} can tell a message that was handed over from one that was
	 * not.
	 */
	default boolean canFind() {
		return false;
	}

	/**
	 * How many units of the channel's rate limit the message takes: one per message, or
	 * one per SMS segment.
	 */
	default int cost(Outgoing message) {
		return 1;
	}

	/**
	 * Whose rate limit the message takes from: the sender the provider counts it under,
	 * such as the SMS number or messaging service it goes from, each a budget of its own;
	 * the empty string where the channel has one limit for all its messages.
	 */
	default String sender(Outgoing message) {
		return "";
	}

}
