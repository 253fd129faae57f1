package org.classbell.store.polls;

/**
 * Identifies a poll.
 */
public record PollId(long value) {

}
