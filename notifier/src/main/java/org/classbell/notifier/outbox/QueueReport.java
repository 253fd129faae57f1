package org.classbell.notifier.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Messages of the outbox by channel and status at an instant: the queue, or those that
 * recently left it (see {@link QueueFigures}).
 *
 * @param at when it was read
 * @param counts the messages by channel and status, where there are any
 * @param oldestDue since when the oldest due message has been due, or {@code null} when
 * none is (or this is not the queue)
 */
public record QueueReport(Instant at, List<Count> counts, Instant oldestDue) {

	public QueueReport {
		counts = List.copyOf(counts);
	}

	/**
	 * The messages of the channel in the status; zero for a status not read.
	 */
	public long messages(Channel channel, NotificationStatus status) {
		return this.counts.stream()
			.filter((count) -> count.channel() == channel && count.status() == status)
			.mapToLong(Count::messages)
			.sum();
	}

	/**
	 * The queued messages of the channel whose time has come.
	 */
	public long due(Channel channel) {
		return this.counts.stream().filter((count) -> count.channel() == channel).mapToLong(Count::due).sum();
	}

	/**
	 * How long the oldest due message has waited since it became due; zero when none is.
	 */
	public Duration oldestDueWait() {
		return (this.oldestDue != null && this.oldestDue.isBefore(this.at)) ? Duration.between(this.oldestDue, this.at)
				: Duration.ZERO;
	}

	/**
	 * The messages of one channel in one status.
	 *
	 * @param channel the channel
	 * @param status the status now
	 * @param messages how many
	 * @param due of the queued ones, how many are due
	 */
	public record Count(Channel channel, NotificationStatus status, long messages, long due) {

	}

}
