package org.classbell.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import static org.classbell.testing.Locks.locked;

/**
 * What a {@link FakeBotApi} recorded: every call, the messages and documents sent, and
 * the edits. Guarded by the server's lock.
 */
final class BotApiRecordings {

	private final ReentrantLock lock;

	private final Condition messageSent;

	private final List<BotApiCall> calls = new ArrayList<>();

	private final List<SentMessage> sentMessages = new ArrayList<>();

	private final Map<Long, Integer> sentCounts = new HashMap<>();

	private final List<Edit> edits = new ArrayList<>();

	private final List<SentDocument> documents = new ArrayList<>();

	BotApiRecordings(ReentrantLock lock) {
		this.lock = lock;
		this.messageSent = lock.newCondition();
	}

	void call(BotApiCall call) {
		locked(this.lock, () -> {
			this.calls.add(call);
		});
	}

	void sent(SentMessage message) {
		locked(this.lock, () -> {
			this.sentMessages.add(message);
			this.sentCounts.merge(message.chatId(), 1, Integer::sum);
			this.messageSent.signalAll();
		});
	}

	void document(SentDocument document) {
		locked(this.lock, () -> {
			this.documents.add(document);
		});
	}

	void edit(Edit edit) {
		locked(this.lock, () -> {
			this.edits.add(edit);
		});
	}

	List<BotApiCall> calls() {
		return locked(this.lock, () -> List.copyOf(this.calls));
	}

	List<SentMessage> sentMessages() {
		return locked(this.lock, () -> List.copyOf(this.sentMessages));
	}

	int sentCount() {
		return locked(this.lock, this.sentMessages::size);
	}

	List<Edit> edits() {
		return locked(this.lock, () -> List.copyOf(this.edits));
	}

	List<SentDocument> documents() {
		return locked(this.lock, () -> List.copyOf(this.documents));
	}

	/**
	 * Waits until at least {@code count} messages were sent to the chat since the
	 * recordings were last cleared.
	 * @return whether they were, within the timeout
	 */
	boolean awaitSent(long chatId, int count, Duration timeout) throws InterruptedException {
		long left = timeout.toNanos();
		this.lock.lock();
		try {
			while (this.sentCounts.getOrDefault(chatId, 0) < count) {
				if (left <= 0) {
					return false;
				}
				left = this.messageSent.awaitNanos(left);
			}
			return true;
		}
		finally {
			this.lock.unlock();
		}
	}

	void clear() {
		locked(this.lock, () -> {
			this.calls.clear();
			this.sentMessages.clear();
			this.sentCounts.clear();
			this.edits.clear();
			this.documents.clear();
		});
	}

}
