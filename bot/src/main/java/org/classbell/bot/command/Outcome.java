package org.classbell.bot.command;

import java.util.List;
import java.util.function.Function;

import org.classbell.bot.conversation.Reply;

/**
 * A step of a command: it found what it needed, or it stops the command with a reply that
 * says why.
 *
 * @param <T> what the step finds
 */
sealed interface Outcome<T> {

	/**
	 * Found.
	 */
	record Ok<T>(T value) implements Outcome<T> {

	}

	/**
	 * The command stops here with these replies.
	 */
	record Stop<T>(List<Reply> replies) implements Outcome<T> {

	}

	static <T> Outcome<T> ok(T value) {
		return new Ok<>(value);
	}

	static <T> Outcome<T> stop(Reply reply) {
		return new Stop<>(List.of(reply));
	}

	/**
	 * Goes on with the value found, or gives the replies of the stop.
	 */
	default List<Reply> then(Function<T, List<Reply>> next) {
		if (this instanceof Ok<T> ok) {
			return next.apply(ok.value());
		}
		return ((Stop<T>) this).replies();
	}

}
