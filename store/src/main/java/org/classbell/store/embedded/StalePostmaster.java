package org.classbell.store.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL server left running on the data directory by a ClassBell that was
 * killed before it could stop it, so that the new one can start. A server of a ClassBell
 * that is still running (it holds the directory's lock) is left alone, and starting fails
 * with a clear message.
 */
final class StalePostmaster {

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

	private static final Duration SHUTDOWN = Duration.ofSeconds(30);

	private StalePostmaster() {
	}

	static void stopIfAny(Path directory) {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		assertNotInUse(directory);
		pid(pidFile).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().command().map((command) -> command.contains("postgres")).orElse(false))
			.ifPresent((postmaster) -> {
				log.warn("A PostgreSQL server (pid {}) was left running on {} by an earlier run; stopping it",
						postmaster.pid(), directory);
				postmaster.destroy();
				try {
					postmaster.onExit().get(SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
				}
				catch (TimeoutException ex) {
					log.warn("PostgreSQL (pid {}) did not stop in {} s; killing it", postmaster.pid(),
							SHUTDOWN.toSeconds());
					postmaster.destroyForcibly();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				catch (ExecutionException ex) {
					throw new IllegalStateException("Could not stop PostgreSQL pid " + postmaster.pid(), ex);
				}
			});
	}

	private static void assertNotInUse(Path directory) {
		Path lockFile = directory.resolve("epg-lock");
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock()) {
			if (lock == null) {
				throw new IllegalStateException("The database in " + directory
						+ " is in use by another ClassBell; stop it, or give this one another CLASSBELL_HOME");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Optional<Long> pid(Path pidFile) {
		try {
			List<String> lines = Files.readAllLines(pidFile);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
