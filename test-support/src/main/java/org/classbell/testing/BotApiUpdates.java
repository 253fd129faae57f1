package org.classbell.testing;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.classbell.testing.JsonHttpServer.JSON;
import static org.classbell.testing.Locks.locked;

/**
 * The updates of a {@link FakeBotApi}: every one built, those queued until an offset of
 * {@code getUpdates} confirms them, and the polls that wait for one. Guarded by the
 * server's lock.
 */
final class BotApiUpdates {

	private static final int MAX_LIMIT = 100;

	private final ReentrantLock lock;

	private final Condition changed;

	private final TreeMap<Integer, ObjectNode> queue = new TreeMap<>();

	private final Map<Integer, ObjectNode> built = new HashMap<>();

	private int lastUpdateId;

	private int heldPolls;

	private Duration maxHold = Duration.ofMillis(500);

	private boolean closed;

	BotApiUpdates(ReentrantLock lock) {
		this.lock = lock;
		this.changed = lock.newCondition();
	}

	void maxHold(Duration maxHold) {
		locked(this.lock, () -> {
			this.maxHold = maxHold;
		});
	}

	/**
	 * Builds an update of the given type and queues it.
	 * @return its id
	 */
	int enqueue(String type, ObjectNode content) {
		return locked(this.lock, () -> {
			int updateId = ++this.lastUpdateId;
			ObjectNode update = JSON.createObjectNode();
			update.put("update_id", updateId);
			update.set(type, content);
			this.built.put(updateId, update);
			this.queue.put(updateId, update);
			this.changed.signalAll();
			return updateId;
		});
	}

	void redeliver(int updateId) {
		locked(this.lock, () -> {
			this.queue.put(updateId, built(updateId));
			this.changed.signalAll();
		});
	}

	String json(int updateId) {
		return locked(this.lock, () -> built(updateId).toString());
	}

	int pending() {
		return locked(this.lock, this.queue::size);
	}

	int heldPolls() {
		return locked(this.lock, () -> this.heldPolls);
	}

	/**
	 * Answers {@code getUpdates}: drops what the offset confirms, then gives the queued
	 * updates up to the limit, waiting for one as long as the timeout asks and the
	 * maximum hold allows.
	 */
	ArrayNode poll(JsonNode params) {
		this.lock.lock();
		try {
			long offset = params.path("offset").asLong(0);
			int limit = params.path("limit").asInt(MAX_LIMIT);
			limit = (limit < 1 || limit > MAX_LIMIT) ? MAX_LIMIT : limit;
			long timeoutSeconds = Math.max(0, params.path("timeout").asLong(0));
			long waitNanos = Math.min(TimeUnit.SECONDS.toNanos(Math.min(timeoutSeconds, 86_400)),
					this.maxHold.toNanos());
			int first = confirm(offset);
			while (true) {
				ArrayNode result = JSON.createArrayNode();
				for (ObjectNode update : this.queue.tailMap(first, true).values()) {
					if (result.size() == limit) {
						break;
					}
					result.add(update.deepCopy());
				}
				if (!result.isEmpty() || this.closed || waitNanos <= 0) {
					return result;
				}
				this.heldPolls++;
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
	 * Drops every queued update, as {@code drop_pending_updates} asks.
	 */
	void dropPending() {
		locked(this.lock, this.queue::clear);
	}

	/**
	 * Forgets the updates built and queued; ids keep increasing.
	 */
	void forget() {
		locked(this.lock, () -> {
			this.queue.clear();
			this.built.clear();
			this.changed.signalAll();
		});
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

	/**
	 * Drops the updates an offset confirms and returns the first update id to answer.
	 */
	private int confirm(long offset) {
		if (offset < 0) {
			while (this.queue.size() > -offset) {
				this.queue.pollFirstEntry();
			}
			return Integer.MIN_VALUE;
		}
		int first = (int) Math.min(offset, Integer.MAX_VALUE);
		this.queue.headMap(first, false).clear();
		return first;
	}

	private ObjectNode built(int updateId) {
		ObjectNode update = this.built.get(updateId);
		if (update == null) {
			throw new IllegalArgumentException("No update has the id " + updateId);
		}
		return update;
	}

}
