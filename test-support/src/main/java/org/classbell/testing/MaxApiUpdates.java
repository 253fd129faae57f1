package org.classbell.testing;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.classbell.testing.JsonHttpServer.JSON;
import static org.classbell.testing.Locks.locked;

/**
 * The updates of a {@link FakeMaxApi} with MAX's marker semantics: each queued update has
 * the next sequence number; {@code GET /updates} with a marker answers those after it and
 * confirms those up to it, without one only the last update (as MAX documents), and waits
 * for one as long as its timeout asks. Guarded by the server's lock.
 */
final class MaxApiUpdates {

	static final int MAX_LIMIT = 1000;

	static final int MAX_TIMEOUT_SECONDS = 90;

	private final ReentrantLock lock;

	private final Condition changed;

	private final Condition held;

	private final TreeMap<Long, ObjectNode> queue = new TreeMap<>();

	private long lastSequence;

	private long confirmed;

	private ObjectNode lastQueued;

	private ObjectNode lastDelivered;

	private int heldPolls;

	private boolean closed;

	MaxApiUpdates(ReentrantLock lock) {
		this.lock = lock;
		this.changed = lock.newCondition();
		this.held = lock.newCondition();
	}

	/**
	 * Queues an update with the next sequence number.
	 */
	void enqueue(ObjectNode update) {
		locked(this.lock, () -> {
			this.queue.put(++this.lastSequence, update);
			this.lastQueued = update;
			this.changed.signalAll();
		});
	}

	/**
	 * Queues the last update delivered again, as a new one.
	 * @throws IllegalStateException if none was delivered yet
	 */
	void redeliverLast() {
		locked(this.lock, () -> {
			if (this.lastDelivered == null) {
				throw new IllegalStateException("No update was delivered yet");
			}
			enqueue(this.lastDelivered.deepCopy());
		});
	}

	/**
	 * The JSON of the last update queued.
	 * @throws IllegalStateException if none was queued yet
	 */
	String lastJson() {
		return locked(this.lock, () -> {
			if (this.lastQueued == null) {
				throw new IllegalStateException("No update was queued yet");
			}
			return this.lastQueued.toString();
		});
	}

	int pending() {
		return locked(this.lock, () -> this.queue.tailMap(this.confirmed, false).size());
	}

	int heldPolls() {
		return locked(this.lock, () -> this.heldPolls);
	}

	/**
	 * Waits until at least one {@code GET /updates} call waits for an update.
	 * @return whether one did, within the timeout
	 */
	boolean awaitHeldPoll(Duration timeout) throws InterruptedException {
		long left = timeout.toNanos();
		this.lock.lock();
		try {
			while (this.heldPolls == 0) {
				if (left <= 0) {
					return false;
				}
				left = this.held.awaitNanos(left);
			}
			return true;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Answers {@code GET /updates}: {@code {updates, marker}}, where the marker is the
	 * sequence number of the last update answered (or skipped for its type), else the
	 * marker asked.
	 * @param marker the marker asked, {@code null} for only the last update
	 * @param limit the most updates to answer
	 * @param timeoutSeconds how long to wait for one
	 * @param types the types asked, all when empty
	 */
	ObjectNode poll(Long marker, int limit, long timeoutSeconds, Set<String> types) {
		this.lock.lock();
		try {
			if (marker != null) {
				this.queue.headMap(marker, true).clear();
				this.confirmed = Math.max(this.confirmed, marker);
			}
			long after = (marker != null) ? marker : this.confirmed;
			if (marker == null && !this.queue.isEmpty()) {
				// without a marker MAX answers only the last update
				Long beforeLast = this.queue.lowerKey(this.queue.lastKey());
				after = Math.max(after, (beforeLast != null) ? beforeLast : after);
			}
			long waitNanos = TimeUnit.SECONDS.toNanos(Math.min(Math.max(timeoutSeconds, 0), MAX_TIMEOUT_SECONDS));
			while (true) {
				ArrayNode updates = JSON.createArrayNode();
				for (Map.Entry<Long, ObjectNode> entry : this.queue.tailMap(after, false).entrySet()) {
					if (updates.size() == limit) {
						break;
					}
					after = entry.getKey();
					if (types.isEmpty() || types.contains(entry.getValue().path("update_type").asText())) {
						updates.add(entry.getValue().deepCopy());
						this.lastDelivered = entry.getValue();
					}
				}
				if (!updates.isEmpty() || this.closed || waitNanos <= 0) {
					ObjectNode answer = JSON.createObjectNode();
					answer.set("updates", updates);
					answer.put("marker", after);
					return answer;
				}
				this.heldPolls++;
				this.held.signalAll();
				try {
					waitNanos = this.changed.awaitNanos(waitNanos);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					waitNanos = 0;
				}
				finally {
					this.heldPolls--;
				}
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Lets the polls that wait answer at once, and every later one.
	 * @return whether it was closed before
	 */
	boolean close() {
		return locked(this.lock, () -> {
			boolean before = this.closed;
			this.closed = true;
			this.changed.signalAll();
			return before;
		});
	}

}
