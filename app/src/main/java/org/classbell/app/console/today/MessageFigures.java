package org.classbell.app.console.today;

import java.util.List;

import org.classbell.store.monitoring.SchoolDay.MessageCount;

/**
 * The day's messages of one sort (attendance alerts, or the others) by what became of
 * them.
 *
 * @param queued waiting in the queue or being sent
 * @param sent taken by the provider and not (yet) confirmed delivered
 * @param delivered confirmed delivered
 * @param failed given up on
 * @param cancelled withdrawn before they went
 */
public record MessageFigures(int queued, int sent, int delivered, int failed, int cancelled) {

	static MessageFigures of(List<MessageCount> counts, boolean alerts) {
		int[] by = new int[5];
		counts.stream().filter((count) -> count.alert() == alerts).forEach((count) -> {
			int slot = switch (count.status()) {
				case "queued", "sending" -> 0;
				case "sent" -> 1;
				case "delivered" -> 2;
				case "failed" -> 3;
				default -> 4;
			};
			by[slot] += count.messages();
		});
		return new MessageFigures(by[0], by[1], by[2], by[3], by[4]);
	}

	public int total() {
		return this.queued + this.sent + this.delivered + this.failed + this.cancelled;
	}

}
