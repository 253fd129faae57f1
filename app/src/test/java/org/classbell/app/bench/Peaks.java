package org.classbell.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The highest heap in use and resident set size of this JVM while it runs, sampled every
 * 20 ms; the resident set is read from {@code /proc/self/status} (0 where there is none).
 */
final class Peaks implements AutoCloseable {

	private static final Path STATUS = Path.of("/proc/self/status");

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final AtomicLong heap = new AtomicLong();

	private final AtomicLong rss = new AtomicLong();

	private final Thread sampler;

	private volatile boolean running = true;

	private Peaks() {
		this.sampler = new Thread(this::sample, "bench-peaks");
		this.sampler.setDaemon(true);
		this.sampler.start();
	}

	static Peaks start() {
		return new Peaks();
	}

	private void sample() {
		while (this.running) {
			this.heap.accumulateAndGet(this.memory.getHeapMemoryUsage().getUsed(), Math::max);
			this.rss.accumulateAndGet(rss(), Math::max);
			LockSupport.parkNanos(20_000_000);
		}
	}

	static long rss() {
		try {
			if (!Files.isReadable(STATUS)) {
				return 0;
			}
			for (String line : Files.readAllLines(STATUS)) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
				}
			}
			return 0;
		}
		catch (IOException | NumberFormatException ex) {
			return 0;
		}
	}

	long heapBytes() {
		return this.heap.get();
	}

	long rssBytes() {
		return this.rss.get();
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		this.sampler.join();
		this.heap.accumulateAndGet(this.memory.getHeapMemoryUsage().getUsed(), Math::max);
		this.rss.accumulateAndGet(rss(), Math::max);
	}

}
