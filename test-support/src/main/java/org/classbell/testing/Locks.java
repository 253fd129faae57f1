package org.classbell.testing;

import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

/**
 * Runs an action holding the lock that guards the state of a stand-in server, which its
 * parts share.
 */
final class Locks {

	private Locks() {
	}

	static <T> T locked(Lock lock, Supplier<T> action) {
		lock.lock();
		try {
			return action.get();
		}
		finally {
			lock.unlock();
		}
	}

	static void locked(Lock lock, Runnable action) {
		lock.lock();
		try {
			action.run();
		}
		finally {
			lock.unlock();
		}
	}

}
