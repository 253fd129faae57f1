package org.classbell.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import static org.classbell.testing.Locks.locked;

/**
 * What a {@link FakeMaxApi} recorded: every request, the messages sent, the edits, the
 * answers to button presses and the webhook subscriptions. Guarded by the server's lock.
 */
final class MaxApiRecordings {

	private final ReentrantLock lock;

	private final Condition messageSent;

	private final List<MaxApiRequest> requests = new ArrayList<>();

	private final List<SentMaxMessage> sent = new ArrayList<>();

	private final List<MaxApiEdit> edits = new ArrayList<>();

	private final List<MaxApiAnswer> answers = new ArrayList<>();

	private final Map<String, MaxApiSubscription> subscriptions = new LinkedHashMap<>();

	MaxApiRecordings(ReentrantLock lock) {
		this.lock = lock;
		this.messageSent = lock.newCondition();
	}

	void request(MaxApiRequest request) {
		locked(this.lock, () -> {
			this.requests.add(request);
		});
	}

	void sent(SentMaxMessage message) {
		locked(this.lock, () -> {
			this.sent.add(message);
			this.messageSent.signalAll();
		});
	}

	void edit(MaxApiEdit edit) {
		locked(this.lock, () -> {
			this.edits.add(edit);
		});
	}

	void answer(MaxApiAnswer answer) {
		locked(this.lock, () -> {
			this.answers.add(answer);
		});
	}

	void subscribe(MaxApiSubscription subscription) {
		locked(this.lock, () -> {
			this.subscriptions.put(subscription.url(), subscription);
		});
	}

	void unsubscribe(String url) {
		locked(this.lock, () -> {
			this.subscriptions.remove(url);
		});
	}

	List<MaxApiRequest> requests() {
		return locked(this.lock, () -> List.copyOf(this.requests));
	}

	List<SentMaxMessage> sent() {
		return locked(this.lock, () -> List.copyOf(this.sent));
	}

	List<MaxApiEdit> edits() {
		return locked(this.lock, () -> List.copyOf(this.edits));
	}

	List<MaxApiAnswer> answers() {
		return locked(this.lock, () -> List.copyOf(this.answers));
	}

	List<MaxApiSubscription> subscriptions() {
		return locked(this.lock, () -> List.copyOf(this.subscriptions.values()));
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
			while (this.sent.stream().filter((message) -> message.chatId() == chatId).count() < count) {
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

	/**
	 * Forgets requests, messages, edits and answers; subscriptions stay, as they do on
	 * MAX.
	 */
	void clear() {
		locked(this.lock, () -> {
			this.requests.clear();
			this.sent.clear();
			this.edits.clear();
			this.answers.clear();
		});
	}

}
