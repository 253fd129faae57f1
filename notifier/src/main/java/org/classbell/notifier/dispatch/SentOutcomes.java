package org.classbell.notifier.dispatch;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Records that providers took messages, for many sender threads at once, by group commit:
 * a thread hands its outcome over and waits until it is written, as it would writing it
 * alone, so no thread sends its next message before the last one is recorded; but while
 * one thread writes, the outcomes handed over meanwhile gather, and the next writer
 * writes them all in one statement.
 */
final class SentOutcomes {

	private final Deliveries deliveries;

	private final String node;

	private final Clock clock;

	private final Object lock = new Object();

	private List<Handed> gathered = new ArrayList<>();

	private boolean writing;

	SentOutcomes(Deliveries deliveries, String node, Clock clock) {
		this.deliveries = deliveries;
		this.node = node;
		this.clock = clock;
	}

	/**
	 * Records that the provider took the message, and returns once that is written.
	 * @throws RuntimeException what writing it threw
	 */
	void record(Outgoing message, Outcome.Sent sent) {
		Handed mine = new Handed(new Deliveries.Taken(message.id(), sent));
		List<Handed> batch;
		synchronized (this.lock) {
			this.gathered.add(mine);
			while (this.writing && !mine.done) {
				try {
					this.lock.wait();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while recording notification " + message.id(), ex);
				}
			}
			if (mine.done) {
				mine.rethrow();
				return;
			}
			this.writing = true;
			batch = this.gathered;
			this.gathered = new ArrayList<>();
		}
		RuntimeException failure = null;
		try {
			this.deliveries.sent(batch.stream().map(Handed::taken).toList(), this.node, this.clock.instant());
		}
		catch (RuntimeException ex) {
			failure = ex;
		}
		synchronized (this.lock) {
			for (Handed handed : batch) {
				handed.done = true;
				handed.failure = failure;
			}
			this.writing = false;
			this.lock.notifyAll();
		}
		mine.rethrow();
	}

	private static final class Handed {

		private final Deliveries.Taken taken;

		private boolean done;

		private RuntimeException failure;

		private Handed(Deliveries.Taken taken) {
			this.taken = taken;
		}

		private Deliveries.Taken taken() {
			return this.taken;
		}

		private void rethrow() {
			if (this.failure != null) {
				throw this.failure;
			}
		}

	}

}
